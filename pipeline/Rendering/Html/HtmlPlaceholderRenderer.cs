using JuneBudget.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JuneBudget.Rendering.Html;

/// <summary>A 【待补充：…】 placeholder, always highlighted; in review mode with an anchor for the findings panel.</summary>
internal sealed class HtmlPlaceholderRenderer : HtmlObjectRenderer<PlaceholderInline>, IHtmlReviewAware
{
    public HtmlReview? Review { get; set; }

    protected override void Write(HtmlRenderer renderer, PlaceholderInline placeholder)
    {
        renderer.Write("<mark class=\"placeholder\"");
        if (Review is not null) renderer.Write(" id=\"").WriteEscape(Review.AnchorOf(placeholder)).Write('"');
        renderer.Write('>').WriteEscape(placeholder.Text).Write("</mark>");
    }
}
