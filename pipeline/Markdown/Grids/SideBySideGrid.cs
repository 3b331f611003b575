using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.Markdown.Grids.GridCells;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// 公开01表 and 公开04表: 收入 (项目 | 行次 | 金额) beside 支出 (项目 | 行次 | amount columns), a 栏次
/// row, income rows beside the 26 类, then the total rows side by side with both 总计 on the last
/// row. 行次 numbers every row, the income side first (statutory-tables.md §2, §5; the exact
/// Xinjiang numbering is unverified, so the reader never relies on it).
/// </summary>
internal static class SideBySideGrid
{
    public static GridLayout Build(TableSchema schema, StatutoryTable table, ReportFormat format)
    {
        var incomeTotalAt = schema.LeftRows.ToList().FindIndex(r => r.Key == R.本年收入合计);
        var leftBody = schema.LeftRows.Take(incomeTotalAt).ToList();
        var leftTail = schema.LeftRows.Skip(incomeTotalAt).ToList();
        var rightBody = schema.RightRows.Where(r => r.Code is not null).ToList();
        var rightTail = schema.RightRows.Where(r => r.Code is null).ToList();

        var bodyCount = Math.Max(leftBody.Count, rightBody.Count);
        var tailCount = Math.Max(leftTail.Count, rightTail.Count);
        var left = Pad(leftBody, bodyCount).Concat(AlignTotals(leftTail, tailCount)).ToList();
        var right = Pad(rightBody, bodyCount).Concat(AlignTotals(rightTail, tailCount)).ToList();

        var rows = Headers(schema);
        for (var i = 0; i < left.Count; i++)
        {
            var row = new List<GridCell>();
            Half(row, left[i], i + 1, schema.LeftColumns, table, format);
            Half(row, right[i], left.Count + i + 1, schema.RightColumns, table, format);
            rows.Add(row);
        }
        int[] widths = [28, 5, .. schema.LeftColumns.Select(_ => 12), 28, 5, .. schema.RightColumns.Select(_ => 12)];
        return new GridLayout(3, rows, widths);
    }

    private static List<IReadOnlyList<GridCell>> Headers(TableSchema schema)
    {
        var leftCount = schema.LeftColumns.Count;
        var rightCount = schema.RightColumns.Count;
        var columnNumbers = Enumerable.Range(1, leftCount + rightCount).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        return
        [
            [Header("收入", 2 + leftCount), Header("支出", 2 + rightCount)],
            [Header("项目"), Header("行次"), .. schema.LeftColumns.Select(c => Header(c.Header)),
             Header("项目"), Header("行次"), .. schema.RightColumns.Select(c => Header(c.Header))],
            [Header("栏次"), Header(""), .. columnNumbers.Take(leftCount).Select(n => Header(n)),
             Header("栏次"), Header(""), .. columnNumbers.Skip(leftCount).Select(n => Header(n))],
        ];
    }

    private static void Half(List<GridCell> row, RowSpec? spec, int lineNumber, IReadOnlyList<ColumnSpec> columns, StatutoryTable table, ReportFormat format)
    {
        row.Add(Text(spec?.Label ?? ""));
        row.Add(Center(lineNumber.ToString(CultureInfo.InvariantCulture)));
        foreach (var column in columns)
            row.Add(spec is null ? BlankNumber() : Money(table.Get(spec.Key, column.Key), format));
    }

    private static IEnumerable<RowSpec?> Pad(List<RowSpec> rows, int count) =>
        rows.Cast<RowSpec?>().Concat(Enumerable.Repeat<RowSpec?>(null, count - rows.Count));

    /// <summary>The shorter tail keeps its last row (总计) on the last line, blanks before it.</summary>
    private static IEnumerable<RowSpec?> AlignTotals(List<RowSpec> tail, int count) =>
        tail.Take(tail.Count - 1).Cast<RowSpec?>()
            .Concat(Enumerable.Repeat<RowSpec?>(null, count - tail.Count))
            .Append(tail[^1]);
}
