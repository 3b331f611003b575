using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Portrait and landscape sections. A wide grid gets its own landscape section: the section
/// before it ends on its last paragraph (whose properties carry the section), or on a tiny
/// paragraph when the body ends with a table.
/// </summary>
internal sealed class WordSections(Body body, string footerId)
{
    public bool Landscape { get; private set; }

    public int TextWidth => WordPageLayout.TextWidth(Landscape);

    /// <summary>Ends the current section if the next block needs the other orientation.</summary>
    public void Ensure(bool landscape)
    {
        if (landscape == Landscape) return;
        if (body.HasChildren)
        {
            var last = body.LastChild as Paragraph ?? body.AppendChild(SectionBreakParagraph());
            var ppr = last.ParagraphProperties ??= new ParagraphProperties();
            ppr.SectionProperties = WordPageLayout.Section(Landscape, footerId);
        }
        Landscape = landscape;
    }

    /// <summary>The last section's properties close the body.</summary>
    public void Finish() => body.Append(WordPageLayout.Section(Landscape, footerId));

    private static Paragraph SectionBreakParagraph() =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.SectionBreak }));
}
