using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A bullet or ordered list through the numbering part: the first paragraph of each item carries
/// the number, so the marker is real list numbering and not text.
/// </summary>
internal sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    protected override void Write(WordRenderer renderer, ListBlock list)
    {
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var n) ? n : 1;
        var numId = renderer.Lists.Create(list.IsOrdered, start);
        var level = Math.Min(renderer.ListDepth, 2);
        renderer.ListDepth++;
        renderer.PushParagraphContext(new WordParagraphContext(WordStyleIds.ListParagraph));
        foreach (var block in list)
        {
            renderer.PendingNumbering = (numId, level);
            renderer.WriteChildren((ListItemBlock)block);
            renderer.PendingNumbering = null;
        }
        renderer.PopParagraphContext();
        renderer.ListDepth--;
    }
}
