using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>A sourced number: Word prints only its display text (sources are for the review HTML).</summary>
internal sealed class SourcedNumberInlineRenderer : WordObjectRenderer<SourcedNumberInline>
{
    protected override void Write(WordRenderer renderer, SourcedNumberInline number) =>
        renderer.WriteText(number.Display);
}
