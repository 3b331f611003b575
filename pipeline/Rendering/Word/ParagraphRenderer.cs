using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>A paragraph in the style of its container (body text, list item, quote, table cell).</summary>
internal sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    protected override void Write(WordRenderer renderer, ParagraphBlock paragraph) =>
        renderer.WriteInlines(renderer.AddParagraph(), paragraph.Inline);
}
