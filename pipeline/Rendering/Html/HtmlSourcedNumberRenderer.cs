using JuneBudget.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JuneBudget.Rendering.Html;

/// <summary>A sourced number: its display text; in review mode wrapped with its cells (data-source, title).</summary>
internal sealed class HtmlSourcedNumberRenderer : HtmlObjectRenderer<SourcedNumberInline>, IHtmlReviewAware
{
    public HtmlReview? Review { get; set; }

    protected override void Write(HtmlRenderer renderer, SourcedNumberInline number)
    {
        if (Review is null)
        {
            renderer.WriteEscape(number.Display);
            return;
        }
        renderer.Write("<span");
        var finding = HtmlSourceAttributes.Write(renderer, Review, Review.AnchorOf(number), number.Sources, "sourced");
        renderer.Write('>');
        HtmlSourceAttributes.OpenLink(renderer, Review, finding);
        renderer.WriteEscape(number.Display);
        HtmlSourceAttributes.CloseLink(renderer, finding);
        renderer.Write("</span>");
    }
}
