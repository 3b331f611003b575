using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>An entity such as <c>&amp;amp;</c>: the character it stands for.</summary>
internal sealed class HtmlEntityInlineRenderer : WordObjectRenderer<HtmlEntityInline>
{
    protected override void Write(WordRenderer renderer, HtmlEntityInline entity) =>
        renderer.WriteText(entity.Transcoded.ToString());
}
