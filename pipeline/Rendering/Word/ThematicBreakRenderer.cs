using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>A thematic break (<c>---</c>): an empty paragraph with a bottom rule.</summary>
internal sealed class ThematicBreakRenderer : WordObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(WordRenderer renderer, ThematicBreakBlock obj) =>
        renderer.AddParagraph(WordStyleIds.HorizontalRule);
}
