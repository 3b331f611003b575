using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Portrait and landscape sections. A wide grid gets its own landscape section: the section
/// before it ends on its last paragraph (whose properties carry the section), or on a tiny
/// paragraph when the body ends with a table.
/// </summary>
internal sealed class WordSections(Body body, string footerId)
{
    private bool Landscape { get; set; }

    public int TextWidth => WordPageLayout.TextWidth(Landscape);

    public int TextHeight => WordPageLayout.TextHeight(Landscape);

    /// <summary>
    /// Before a top-level block: ends the current section if the block needs the other
    /// orientation. True when the orientation changed (the new section starts a page).
    /// </summary>
    public bool Enter(Block block)
    {
        var landscape = IsLandscape(block);
        if (landscape == Landscape) return false;
        if (body.HasChildren)
        {
            var last = body.LastChild as Paragraph ?? body.AppendChild(SectionBreakParagraph());
            var ppr = last.ParagraphProperties ??= new ParagraphProperties();
            ppr.SectionProperties = WordPageLayout.Section(Landscape, footerId);
        }
        Landscape = landscape;
        return true;
    }

    /// <summary>The last section's properties close the body.</summary>
    public void Finish() => body.Append(WordPageLayout.Section(Landscape, footerId));

    /// <summary>
    /// A landscape grid is landscape, and so are the headings right before it (第四部分, 一、《…》):
    /// they go on the grid's page instead of being left alone at the foot of a portrait page.
    /// </summary>
    private static bool IsLandscape(Block block)
    {
        if (block is not HeadingBlock) return block is GridBlock { Table.Landscape: true };
        var parent = block.Parent!;
        var index = parent.IndexOf(block);
        while (parent[index] is HeadingBlock && index + 1 < parent.Count) index++;
        return parent[index] is GridBlock grid && grid.Table.Landscape;
    }

    private static Paragraph SectionBreakParagraph() =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.SectionBreak }));
}
