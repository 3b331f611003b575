using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.Markdown.Grids.GridCells;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// 公开02/03/05/07/08表: 项目 over 科目编码 | 科目名称, amount columns (a parent such as 本年支出
/// spans its children, other headers span both header rows), a 栏次 row, the 合计 row, then one
/// row per 类/款/项 in table order (statutory-tables.md §3, §4, §6, §8, §9).
/// </summary>
internal static class CodedGrid
{
    public static GridLayout Build(TableSchema schema, StatutoryTable table, ReportFormat format)
    {
        var columns = schema.LeftColumns;
        var top = new List<GridCell> { Header("项目", 2) };
        var second = new List<GridCell> { Header("科目编码"), Header("科目名称") };
        foreach (var group in Groups(columns))
        {
            if (group.Parent is null)
            {
                top.Add(Header(group.Columns[0].Header, rowSpan: 2));
                continue;
            }
            top.Add(Header(group.Parent, group.Columns.Count));
            second.AddRange(group.Columns.Select(c => Header(c.Header)));
        }
        var numbers = new List<GridCell> { Header("栏次", 2) };
        numbers.AddRange(columns.Select((_, i) => Header((i + 1).ToString(CultureInfo.InvariantCulture))));

        var rows = new List<IReadOnlyList<GridCell>> { top, second, numbers };
        rows.Add([Center("合计", 2), .. columns.Select(c => Money(table.Get(R.合计, c.Key), format))]);
        foreach (var row in table.CodedRows)
            rows.Add([Text(row.Code!), Text(row.Label), .. columns.Select(c => Money(row[c.Key], format))]);
        return new GridLayout(3, rows, [10, 26, .. columns.Select(_ => 11)]);
    }

    /// <summary>Consecutive columns sharing a parent header.</summary>
    private static List<(string? Parent, List<ColumnSpec> Columns)> Groups(IReadOnlyList<ColumnSpec> columns)
    {
        var groups = new List<(string? Parent, List<ColumnSpec> Columns)>();
        foreach (var column in columns)
        {
            if (column.Parent is not null && groups.Count > 0 && groups[^1].Parent == column.Parent)
                groups[^1].Columns.Add(column);
            else
                groups.Add((column.Parent, [column]));
        }
        return groups;
    }
}
