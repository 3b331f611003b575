using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.Markdown.Grids.GridCells;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// 公开06表: 人员经费 (301, 303 and their 款) beside 公用经费 (302, 310 and others), each
/// 科目编码 | 科目名称 | 决算数, and the footer 人员经费合计 | 公用经费合计 (statutory-tables.md §7).
/// </summary>
internal static class EconomicGrid
{
    public static GridLayout Build(StatutoryTable table, ReportFormat format)
    {
        var personnel = table.CodedRows.Where(r => EconomicClasses.IsPersonnel(r.Code!)).ToList();
        var public_ = table.CodedRows.Where(r => !EconomicClasses.IsPersonnel(r.Code!)).ToList();
        var rows = new List<IReadOnlyList<GridCell>>
        {
            new[] { Header("人员经费", 3), Header("公用经费", 3) },
            new[] { Header("科目编码"), Header("科目名称"), Header("决算数"), Header("科目编码"), Header("科目名称"), Header("决算数") },
        };
        for (var i = 0; i < Math.Max(personnel.Count, public_.Count); i++)
        {
            var row = new List<GridCell>();
            Half(row, i < personnel.Count ? personnel[i] : null, format);
            Half(row, i < public_.Count ? public_[i] : null, format);
            rows.Add(row);
        }
        rows.Add([
            Center("人员经费合计", 2), Money(table.Get(R.人员经费合计, C.决算数), format),
            Center("公用经费合计", 2), Money(table.Get(R.公用经费合计, C.决算数), format),
        ]);
        return new GridLayout(2, rows, [10, 26, 14, 10, 26, 14]);
    }

    private static void Half(List<GridCell> row, TableRow? source, ReportFormat format)
    {
        if (source is null)
        {
            row.AddRange([Blank(), Blank(), BlankNumber()]);
            return;
        }
        row.AddRange([Text(source.Code!), Text(source.Label), Money(source[C.决算数], format)]);
    }
}
