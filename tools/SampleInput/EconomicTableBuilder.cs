using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.SampleInput;

/// <summary>
/// Builds 公开06表 from its 款 figures: the 类 rows (301, 302, 303, 310) and the footers
/// 人员经费合计 (301 + 303) and 公用经费合计 (the rest) are sums, every other standard 款 is 0.00.
/// </summary>
internal static class EconomicTableBuilder
{
    public static StatutoryTable Build(string file, ReportFormat format, IReadOnlyDictionary<string, decimal> sections)
    {
        var values = new FixedTableFiller.Values();
        foreach (var (code, value) in sections) values.Set(code, C.决算数, value);
        foreach (var cls in sections.GroupBy(s => s.Key[..3]))
            values.Set(cls.Key, C.决算数, cls.Sum(s => s.Value));
        values.Set(R.人员经费合计, C.决算数, sections.Where(s => EconomicClasses.IsPersonnel(s.Key)).Sum(s => s.Value));
        values.Set(R.公用经费合计, C.决算数, sections.Where(s => !EconomicClasses.IsPersonnel(s.Key)).Sum(s => s.Value));
        return FixedTableFiller.Fill(file, TableKind.GeneralBudgetBasic, format, values);
    }
}
