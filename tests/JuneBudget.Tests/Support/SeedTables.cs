using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Table edits shared by the workbooks rebuilt from seeds (Seed000Workbook, Seed003Workbook): figures
/// set row by row, the 三公 table from its two rows, and 公开05表 from the 项 a seed lists.
/// </summary>
internal static class SeedTables
{
    /// <summary>One 项 of 公开05表 as a seed states it; <paramref name="Basic"/>: 基本支出 (else 项目支出).</summary>
    public sealed record Item(string Code, string Name, decimal Amount, bool Basic);

    public static BudgetWorkbook Set(BudgetWorkbook w, K kind, string column, params (string Row, decimal Value)[] values) =>
        values.Aggregate(w, (acc, v) => acc.WithAmount(kind, v.Row, column, v.Value));

    /// <summary>公开三公表: 预算数 and 决算数 in the order 合计, 因公出国, 公务用车购置及运行, 购置, 运行, 公务接待.</summary>
    public static BudgetWorkbook ThreePublic(BudgetWorkbook w, decimal[] budget, decimal[] actual)
    {
        string[] columns = [C.三公合计, C.因公出国费, C.公务用车购置及运行费, C.公务用车购置费, C.公务用车运行费, C.公务接待费];
        for (var i = 0; i < columns.Length; i++)
            w = w.WithAmount(K.ThreePublic, R.预算数, columns[i], budget[i]).WithAmount(K.ThreePublic, R.决算数, columns[i], actual[i]);
        return w;
    }

    /// <summary>
    /// 公开05表: the 合计 as the seed prints it (which may differ from the items' sum by rounding), then
    /// each 类 and 款 summed exactly from the listed 项 with spending, and the 项, in code order.
    /// </summary>
    public static BudgetWorkbook GeneralBudget(BudgetWorkbook w, (decimal Total, decimal Basic, decimal Project) printed,
        IEnumerable<Item> items, Func<string, string> sectionName)
    {
        var spent = items.Where(i => i.Amount != 0m).ToList();
        var rows = new List<TableRow> { Row(R.合计, null, "合计", printed.Total, printed.Basic, printed.Project) };
        foreach (var group in spent.GroupBy(i => i.Code[..3]).Concat(spent.GroupBy(i => i.Code[..5])))
            rows.Add(Row(group.Key, group.Key, FunctionClasses.NameOf(group.Key) ?? sectionName(group.Key), group.Sum(i => i.Amount),
                group.Where(i => i.Basic).Sum(i => i.Amount), group.Where(i => !i.Basic).Sum(i => i.Amount)));
        rows.AddRange(spent.Select(i => Row(i.Code, i.Code, i.Name, i.Amount, i.Basic ? i.Amount : 0m, i.Basic ? 0m : i.Amount)));
        var ordered = rows.Take(1).Concat(rows.Skip(1).OrderBy(r => r.Key, StringComparer.Ordinal)).ToList();
        var tables = new Dictionary<K, StatutoryTable>(w.Tables.ByKind) { [K.GeneralBudget] = w.Tables.GeneralBudget with { Rows = ordered } };
        return w with { Tables = new StatutoryTables(tables) };

        TableRow Row(string key, string? code, string label, decimal total, decimal basic, decimal project) => new(key, code, label,
            new Dictionary<string, Amount> { [C.合计] = new(total, null), [C.基本支出] = new(basic, null), [C.项目支出] = new(project, null) },
            w.Tables.GeneralBudget.Location!);
    }
}
