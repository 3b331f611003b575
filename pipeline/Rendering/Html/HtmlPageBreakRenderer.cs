using JuneBudget.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JuneBudget.Rendering.Html;

/// <summary><c>\newpage</c>: an empty marker that breaks the page when printed and is invisible on screen.</summary>
internal sealed class HtmlPageBreakRenderer : HtmlObjectRenderer<PageBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, PageBreakBlock obj) =>
        renderer.EnsureLine().WriteLine("<div class=\"page-break\" aria-hidden=\"true\"></div>");
}
