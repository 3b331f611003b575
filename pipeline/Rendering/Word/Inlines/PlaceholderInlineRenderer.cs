using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>A 【待补充：…】 placeholder, highlighted yellow (Placeholder character style) so nobody misses it.</summary>
internal sealed class PlaceholderInlineRenderer : WordObjectRenderer<PlaceholderInline>
{
    protected override void Write(WordRenderer renderer, PlaceholderInline placeholder) =>
        renderer.WriteText(placeholder.Text, WordStyleIds.Placeholder);
}
