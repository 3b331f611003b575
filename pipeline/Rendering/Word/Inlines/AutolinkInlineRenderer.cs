using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>An autolink (<c>&lt;https://…&gt;</c>): its URL as a hyperlink.</summary>
internal sealed class AutolinkInlineRenderer : WordObjectRenderer<AutolinkInline>
{
    protected override void Write(WordRenderer renderer, AutolinkInline link) =>
        WordHyperlinks.Write(renderer, link.IsEmail ? "mailto:" + link.Url : link.Url, () => renderer.WriteText(link.Url));
}
