using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The 目录: the template's 目录 heading over a content control holding a real
/// <c>TOC \o "1-3" \h \z \u</c> field whose result is pre-rendered from the document's headings
/// (levels 1–3, <see cref="ReportDocument.ContentsEntries"/>), each entry a hyperlink to its
/// heading's bookmark. With page numbers (from a LibreOffice rendering, <see cref="WordOptions.ContentsPages"/>)
/// each entry ends with a dot leader and its page, as Word's own updated 目录; without, the titles
/// only, indented by level, until the reader updates the field (右键 → 更新域): Word is not asked to
/// update it on opening, which made it ask a question every time.
/// </summary>
internal static class WordTableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static SdtBlock Build(string title, IReadOnlyList<HeadingEntry> entries, IReadOnlyDictionary<string, int>? pages = null)
    {
        var content = new SdtContentBlock(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.TocHeading }), new Run(new Text(title))));
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.Toc(entries[i].Level) }));
            if (i == 0)
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(Instruction) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            var link = new Hyperlink(new Run(new Text(entries[i].Text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Anchor = WordBookmarks.NameFor(entries[i].Id),
                History = true,
            };
            // The style's right tab at the text width draws the dot leader up to the number.
            if (pages is not null && pages.TryGetValue(entries[i].Id, out var page))
                link.Append(new Run(new TabChar()), new Run(new Text(page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            paragraph.Append(link);
            if (i == entries.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            content.Append(paragraph);
        }
        return new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }
}
