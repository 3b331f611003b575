using System.Globalization;
using System.Text;

namespace JuneBudget.Publishing;

/// <summary>
/// The one page a finance bureau opens after a batch: every unit with its status (coloured),
/// counts and relative links to its drafts, checklist and findings, problems first; and above
/// them the input files that could not be processed at all, with why. Columns sort on click.
/// </summary>
internal static class BatchIndexPage
{
    /// <summary>The page's usual file name in the output folder.</summary>
    public const string FileName = "审核总览.html";

    private const string SortScript =
        "document.querySelectorAll('th[data-sort]').forEach(function(th){th.addEventListener('click',function(){"
        + "var body=th.closest('table').tBodies[0],i=th.cellIndex,numeric=th.dataset.sort==='n',dir=th.dataset.dir==='asc'?-1:1;"
        + "th.dataset.dir=dir===1?'asc':'desc';var rows=Array.prototype.slice.call(body.rows);"
        + "rows.sort(function(a,b){var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;"
        + "return dir*(numeric?x-y:x.localeCompare(y,'zh-CN'));});rows.forEach(function(r){body.appendChild(r);});});});";

    /// <summary>The complete page; every value is escaped.</summary>
    public static string Render(IReadOnlyList<UnitSummary> units, IReadOnlyList<UnprocessedInput> unprocessed, string title = "部门决算公开说明审核总览")
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(unprocessed);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.Escape(title)).Append("</h1>\n<p class=\"summary\">共 ").Append(units.Count).Append(" 个单位：")
            .AppendJoin("，", Enum.GetValues<ReviewStatus>().Select(s => $"{ReviewStatusText.Label(s)} {units.Count(u => u.Status == s)}"))
            .Append("。未能处理的文件 ").Append(unprocessed.Count).Append(" 个。点击表头可排序。</p>\n");
        AppendUnprocessed(body, unprocessed);
        AppendUnits(body, units);
        return Html.Page(title, body.ToString(), SortScript);
    }

    /// <summary>Problems first: 有错误, then 待补充, then 可发布; within each, most errors and missing reasons first, then by name.</summary>
    public static IReadOnlyList<UnitSummary> Order(IEnumerable<UnitSummary> units) => units
        .OrderBy(u => u.Status)
        .ThenByDescending(u => u.Errors)
        .ThenByDescending(u => u.NeedsReason)
        .ThenByDescending(u => u.Warnings)
        .ThenBy(u => u.UnitName, StringComparer.Ordinal)
        .ThenBy(u => u.Year)
        .ToList();

    private static void AppendUnprocessed(StringBuilder body, IReadOnlyList<UnprocessedInput> unprocessed)
    {
        if (unprocessed.Count == 0)
        {
            return;
        }

        body.Append("<h2 id=\"unprocessed\">未能处理的文件（").Append(unprocessed.Count).Append("）</h2>\n")
            .Append("<table class=\"unprocessed\">\n<thead><tr><th>文件</th><th>原因</th></tr></thead>\n<tbody>\n");
        foreach (var input in unprocessed.OrderBy(u => u.FileName, StringComparer.Ordinal))
        {
            body.Append("<tr><td>").Append(Html.Escape(input.FileName)).Append("</td><td>")
                .Append(Html.Escape(input.Reason)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static void AppendUnits(StringBuilder body, IReadOnlyList<UnitSummary> units)
    {
        body.Append("<h2 id=\"units\">各单位（").Append(units.Count).Append("）</h2>\n<table class=\"units\">\n<thead><tr>")
            .Append("<th data-sort=\"t\">单位</th><th data-sort=\"n\">年度</th><th data-sort=\"n\">状态</th>")
            .Append("<th data-sort=\"n\">错误</th><th data-sort=\"n\">警告</th><th data-sort=\"n\">待补充原因</th><th data-sort=\"n\">舍入说明</th>")
            .Append("<th>草稿</th><th>审核清单</th><th>校验结果</th><th>备注</th></tr></thead>\n<tbody>\n");
        foreach (var unit in Order(units))
        {
            body.Append("<tr data-status=\"").Append(ReviewStatusText.CssClass(unit.Status)).Append("\">")
                .Append("<td class=\"unit\" data-v=\"").Append(Html.Escape(unit.UnitName)).Append("\">").Append(Html.Escape(unit.UnitName)).Append("</td>")
                .Append(Number(unit.Year))
                .Append("<td data-v=\"").Append((int)unit.Status).Append("\">").Append(ReviewStatusText.Badge(unit.Status)).Append("</td>")
                .Append(Number(unit.Errors)).Append(Number(unit.Warnings)).Append(Number(unit.NeedsReason)).Append(Number(unit.RoundingNotes))
                .Append("<td class=\"drafts\">").AppendJoin("<br>", unit.Drafts.Select(Html.Link)).Append("</td>")
                .Append("<td>").Append(unit.Checklist is null ? string.Empty : Html.Link(unit.Checklist)).Append("</td>")
                .Append("<td>").Append(unit.Findings is null ? string.Empty : Html.Link(unit.Findings)).Append("</td>")
                .Append("<td class=\"notes\">").AppendJoin("<br>", unit.Notes.Select(Html.Escape)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static string Number(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return $"<td class=\"n\" data-v=\"{text}\">{text}</td>";
    }
}
