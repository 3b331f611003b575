using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The 目录: the template's 目录 heading over a content control holding a real
/// <c>TOC \o "1-3" \h \z \u</c> field whose result is pre-rendered from the document's headings
/// (levels 1–3, <see cref="ReportDocument.ContentsEntries"/>), each entry a hyperlink to its
/// heading's bookmark. Before the field is updated the reader sees the titles, indented by level,
/// without page numbers; after updating (Word does it on opening, see <see cref="WordSettings"/>)
/// the same entries with dot leaders and page numbers.
/// </summary>
internal static class WordTableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static SdtBlock Build(string title, IReadOnlyList<HeadingEntry> entries)
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
            paragraph.Append(new Hyperlink(new Run(new Text(entries[i].Text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Anchor = WordBookmarks.NameFor(entries[i].Id),
                History = true,
            });
            if (i == entries.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            content.Append(paragraph);
        }
        return new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            content);
    }
}
