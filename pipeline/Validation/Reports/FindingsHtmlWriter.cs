using System.Text;
using JuneBudget.Model;

namespace JuneBudget.Validation.Reports;

/// <summary>
/// One self-contained Chinese HTML page per unit: counts, then the findings grouped by severity,
/// each with its rule id, message, expected/actual and every cell involved. Everything from the
/// workbook is HTML-escaped.
/// </summary>
public sealed class FindingsHtmlWriter
{
    private const string Style =
        "body{font-family:'Microsoft YaHei','PingFang SC',sans-serif;margin:2em;color:#222}" +
        "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em}table{border-collapse:collapse;width:100%}" +
        "td,th{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}" +
        ".error h2{color:#b00}.warning h2{color:#a60}.roundingNote h2{color:#555}.needsReason h2{color:#06a}" +
        "ul{margin:0;padding-left:1.2em}.none{color:#070}";

    public string Render(FindingsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var title = $"{report.Unit} {report.Year} 年度决算检查结果";
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Escape(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Escape(title)).Append("</h1>\n<p>文件：").Append(Escape(report.File)).Append("</p>\n<p>");
        html.AppendJoin("；", FindingsReport.Severities.Select(s => $"{Escape(FindingsReport.Title(s))} {report.Count(s)} 条"));
        html.Append("</p>\n");
        if (report.Findings.Count == 0) html.Append("<p class=\"none\">未发现问题。</p>\n");
        foreach (var severity in FindingsReport.Severities)
        {
            var group = report.Findings.Where(f => f.Severity == severity).ToList();
            if (group.Count > 0) Section(html, severity, group);
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Section(StringBuilder html, Severity severity, IReadOnlyList<Finding> findings)
    {
        html.Append("<section class=\"").Append(FindingsReport.Name(severity)).Append("\">\n<h2>")
            .Append(Escape(FindingsReport.Title(severity))).Append('（').Append(findings.Count).Append(" 条）</h2>\n")
            .Append("<table>\n<tr><th>规则</th><th>说明</th><th>应为</th><th>实为</th><th>单元格</th></tr>\n");
        foreach (var f in findings)
        {
            html.Append("<tr><td>").Append(Escape(f.RuleId)).Append("</td><td>").Append(Escape(f.Message))
                .Append("</td><td>").Append(Number(f.Expected)).Append("</td><td>").Append(Number(f.Actual)).Append("</td><td>");
            if (f.Cells.Count > 0)
            {
                html.Append("<ul>");
                foreach (var cell in f.Cells) html.Append("<li>").Append(Escape(cell.ToString())).Append("</li>");
                html.Append("</ul>");
            }
            html.Append("</td></tr>\n");
        }
        html.Append("</table>\n</section>\n");
    }

    private static string Number(decimal? value) => value is { } v ? Escape(Numbers.Plain(v)) : "";

    /// <summary>Escapes the five characters that matter in HTML text and attributes.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
