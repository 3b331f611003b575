using JuneBudget.Model;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// Writes the review attributes of a sourced value: id, data-source, title (表!单元格), and the
/// flagged class when a finding names one of its own cells; then its link to that finding.
/// </summary>
internal static class HtmlSourceAttributes
{
    /// <returns>The index of the finding the value is flagged by, for <see cref="OpenLink"/>.</returns>
    public static int? Write(HtmlRenderer renderer, HtmlReview review, string anchor, IReadOnlyList<SourceRef> cells, string cssClass)
    {
        var finding = review.FindingOf(cells);
        var classes = finding is null ? cssClass : cssClass + " flagged";
        renderer.Write(" class=\"").Write(classes).Write("\" id=\"").WriteEscape(anchor).Write('"');
        if (cells.Count == 0) return finding;
        renderer.Write(" data-source=\"").WriteEscape(HtmlReview.Data(cells)).Write('"');
        renderer.Write(" title=\"").WriteEscape(HtmlReview.Describe(cells)).Write('"');
        return finding;
    }

    /// <summary>A flagged value's text links to its finding and says why in one line (the message's first line).</summary>
    public static void OpenLink(HtmlRenderer renderer, HtmlReview review, int? finding)
    {
        if (finding is not { } index) return;
        renderer.Write("<a class=\"why\" href=\"#").Write(HtmlReview.FindingAnchor(index)).Write("\" title=\"").WriteEscape(review.WhyOf(index)).Write("\">");
    }

    public static void CloseLink(HtmlRenderer renderer, int? finding)
    {
        if (finding is not null) renderer.Write("</a>");
    }
}
