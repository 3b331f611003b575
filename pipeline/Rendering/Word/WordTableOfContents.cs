using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The 目录: a content control holding a real <c>TOC \o "1-3" \h \z \u</c> field whose result is
/// pre-rendered from the document's headings (levels 1–3), each entry a hyperlink to its
/// heading's bookmark. Before the field is updated the reader sees the titles, indented by level,
/// without page numbers; after updating (Word does it on opening, see <see cref="WordSettings"/>)
/// the same entries with dot leaders and page numbers.
/// </summary>
internal static class WordTableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static SdtBlock Build(IReadOnlyList<HeadingEntry> headings)
    {
        var entries = headings.Where(h => h.Level <= 3).ToList();
        var content = new SdtContentBlock(
            new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.TocHeading }), new Run(new Text("目录"))));
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
