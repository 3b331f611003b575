using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary><c>**strong**</c> as bold, <c>*emphasis*</c> as italic.</summary>
internal sealed class EmphasisInlineRenderer : WordObjectRenderer<EmphasisInline>
{
    protected override void Write(WordRenderer renderer, EmphasisInline emphasis)
    {
        var format = renderer.Format;
        renderer.PushFormat(emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true });
        renderer.WriteChildren(emphasis);
        renderer.PopFormat();
    }
}
