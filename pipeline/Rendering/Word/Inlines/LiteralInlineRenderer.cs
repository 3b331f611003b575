using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>Plain text.</summary>
internal sealed class LiteralInlineRenderer : WordObjectRenderer<LiteralInline>
{
    protected override void Write(WordRenderer renderer, LiteralInline literal) =>
        renderer.WriteText(literal.Content.ToString());
}
