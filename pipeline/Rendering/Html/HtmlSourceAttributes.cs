using JuneBudget.Model;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>Writes the review attributes of a sourced value: id, data-source, title, and the flagged class.</summary>
internal static class HtmlSourceAttributes
{
    public static void Write(HtmlRenderer renderer, HtmlReview review, string anchor, IReadOnlyList<SourceRef> cells, string cssClass)
    {
        var classes = review.IsFlagged(cells) ? cssClass + " flagged" : cssClass;
        renderer.Write(" class=\"").Write(classes).Write("\" id=\"").WriteEscape(anchor).Write('"');
        if (cells.Count == 0) return;
        renderer.Write(" data-source=\"").WriteEscape(HtmlReview.Data(cells)).Write('"');
        renderer.Write(" title=\"").WriteEscape(HtmlReview.Describe(cells)).Write('"');
    }
}
