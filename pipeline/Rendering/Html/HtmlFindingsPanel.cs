using JuneBudget.Model;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>Review mode: the findings passed in, each with its message and links to where its cells appear.</summary>
internal static class HtmlFindingsPanel
{
    public static void Write(HtmlRenderer renderer, HtmlReview review)
    {
        renderer.WriteLine("<aside class=\"findings\" id=\"findings\" aria-labelledby=\"findings-title\">");
        renderer.Write("<h2 id=\"findings-title\">校验结果（").Write(review.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine("）</h2>");
        if (review.Findings.Count == 0)
        {
            renderer.WriteLine("<p>没有校验问题。</p>");
        }
        else
        {
            renderer.WriteLine("<ol>");
            foreach (var finding in review.Findings)
            {
                renderer.Write("<li class=\"sev-").Write(finding.Severity.ToString()).Write("\"><span class=\"rule\">")
                    .WriteEscape(finding.RuleId).Write("</span>").Write(SeverityLabel(finding.Severity)).Write("：").WriteEscape(finding.Message);
                var n = 0;
                foreach (var target in review.TargetsOf(finding))
                    renderer.Write(" <a href=\"#").WriteEscapeUrl(target).Write("\">[位置").Write((++n).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("]</a>");
                renderer.WriteLine("</li>");
            }
            renderer.WriteLine("</ol>");
        }
        renderer.WriteLine("</aside>");
    }

    private static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        Severity.RoundingNote => "舍入说明",
        Severity.NeedsReason => "待补充原因",
        _ => severity.ToString(),
    };
}
