using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JuneBudget.Rendering.Html;

/// <summary>Markdig's pipe-table renderer inside a horizontal-scroll wrapper, so a wide table stays readable on a phone.</summary>
internal sealed class HtmlScrollingTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer inner = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine().WriteLine("<div class=\"table-scroll\">");
        inner.Write(renderer, table);
        renderer.EnsureLine().WriteLine("</div>");
    }
}
