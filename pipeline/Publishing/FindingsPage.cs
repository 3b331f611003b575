using System.Text;
using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>All findings of one unit on one page, worst first (including rounding notes and missing reasons).</summary>
internal static class FindingsPage
{
    /// <summary>The page's usual file name inside a unit folder.</summary>
    public const string FileName = "校验结果.html";

    /// <summary>The same findings for scripts (written beside the page by the batch).</summary>
    public const string JsonFileName = "校验结果.json";

    /// <summary>The complete page; every value is escaped.</summary>
    public static string Render(string unitName, int year, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var title = $"校验结果：{unitName}{year}{SafeFileNames.FinalAccountsTitle}";
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Escape(title)).Append("</h1>\n<p>");
        body.AppendJoin("　", Enum.GetValues<Severity>().Select(s => $"{FindingsTable.Label(s)} {findings.Count(f => f.Severity == s)}"));
        body.Append("</p>\n")
            .Append(findings.Count == 0 ? "<p class=\"muted\">没有发现问题。</p>\n" : FindingsTable.Render(findings.OrderBy(f => f.Severity)));
        return Html.Page(title, body.ToString());
    }
}
