using System.Globalization;
using System.Text;
using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>The findings table shared by the checklist and the findings page: one row per finding, with its cells.</summary>
internal static class FindingsTable
{
    /// <summary>Chinese name of a severity.</summary>
    public static string Label(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        Severity.RoundingNote => "舍入说明",
        _ => "需补充原因",
    };

    /// <summary>An escaped table of <paramref name="findings"/> (in the order given).</summary>
    public static string Render(IEnumerable<Finding> findings)
    {
        var html = new StringBuilder("<table class=\"findings\">\n<thead><tr><th>级别</th><th>规则</th><th>说明</th><th>单元格</th><th>应为</th><th>实为</th></tr></thead>\n<tbody>\n");
        foreach (var finding in findings)
        {
            html.Append("<tr data-severity=\"").Append(finding.Severity).Append("\">")
                .Append("<td class=\"sev-").Append(finding.Severity).Append("\">").Append(Label(finding.Severity)).Append("</td>")
                .Append("<td><code>").Append(Html.Escape(finding.RuleId)).Append("</code></td>")
                .Append("<td>").Append(Html.Escape(finding.Message)).Append("</td>")
                .Append("<td>").Append(Cells(finding.Cells)).Append("</td>")
                .Append("<td class=\"n\">").Append(Amount(finding.Expected)).Append("</td>")
                .Append("<td class=\"n\">").Append(Amount(finding.Actual)).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    private static string Cells(IReadOnlyList<SourceRef> cells) => cells.Count == 0
        ? "<span class=\"muted\">—</span>"
        : "<ul class=\"cells\">" + string.Concat(cells.Select(cell => "<li>" + Html.Escape(cell.ToString()) + "</li>")) + "</ul>";

    // Shown unrounded: a rounding note's whole point may be a difference below 0.01.
    private static string Amount(decimal? value) =>
        value?.ToString("#,##0.00##########", CultureInfo.InvariantCulture) ?? string.Empty;
}
