using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.Markdown.Grids.GridCells;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// 公开09表 (三公): a 预算数 block and a 决算数 block of six columns each — 合计, 因公出国（境）费,
/// 公务用车购置及运行费 over 小计 | 购置费 | 运行费, 公务接待费 — a 栏次 row 1–12 and one data row
/// (statutory-tables.md §10, docs/workbook-format.md).
/// </summary>
internal static class ThreePublicGrid
{
    public static GridLayout Build(TableSchema schema, StatutoryTable table, ReportFormat format)
    {
        var top = new List<GridCell>();
        var middle = new List<GridCell>();
        var bottom = new List<GridCell>();
        foreach (var (label, columns) in new[] { ("预算数", schema.LeftColumns), ("决算数", schema.RightColumns) })
        {
            top.Add(Header(label, columns.Count));
            middle.AddRange([Header(columns[0].Header, rowSpan: 2), Header(columns[1].Header, rowSpan: 2),
                Header("公务用车购置及运行费", 3), Header(columns[5].Header, rowSpan: 2)]);
            bottom.AddRange(columns.Skip(2).Take(3).Select(c => Header(c.Header)));
        }
        var numbers = Enumerable.Range(1, 12).Select(n => Header(n.ToString(CultureInfo.InvariantCulture))).ToList();
        var data = schema.LeftColumns.Select(c => Money(table.Get(R.预算数, c.Key), format))
            .Concat(schema.RightColumns.Select(c => Money(table.Get(R.决算数, c.Key), format))).ToList();
        return new GridLayout(4, [top, middle, bottom, numbers, data], [.. Enumerable.Repeat(10, 12)]);
    }
}
