using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.SampleInput;

/// <summary>
/// The nine public tables of 2024 (format 2024). Everything is 一般公共预算财政拨款: 02 财政拨款收入
/// and 03 = 05 row by row, 01/04 本年收入 = 本年支出 = 7,138.31 with every 结转 zero (seed §一, §四);
/// 基金 and 国资 tables are empty (§七, §八); 三公 预算数 = 决算数 (§九).
/// </summary>
internal static class Seed004Tables2024
{
    public static StatutoryTables Build(string file) =>
        Build(file, [.. Seed004Items.GeneralBudget.Where(i => i.Y2024 != 0m)], []);

    /// <summary>
    /// The nine tables from the 一般公共预算 项 <paramref name="items"/> (their basic ones must be
    /// the sample's six, which the 06 table matches) and 政府性基金 项 <paramref name="fund"/> (all
    /// 项目支出, spent in the year they came): 01–05 and 07 all summed from the same 项, so any list
    /// gives a self-consistent workbook. The sample is the sample's 项 and no fund.
    /// </summary>
    internal static StatutoryTables Build(string file, IReadOnlyList<Seed004Items.Line> items, IReadOnlyList<Seed004Items.Line> fund)
    {
        var f = FormatLibrary.Repository[2024];
        var total = items.Sum(i => i.Y2024);
        var fundTotal = fund.Sum(i => i.Y2024);
        var all = total + fundTotal;
        var classes = items.GroupBy(i => i.Code[..3]).ToDictionary(g => g.Key, g => g.Sum(i => i.Y2024));
        var fundClasses = fund.GroupBy(i => i.Code[..3]).ToDictionary(g => g.Key, g => g.Sum(i => i.Y2024));

        var summary = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款收入, C.决算数, total).Set(R.本年收入合计, C.决算数, all)
            .Set(R.收入总计, C.决算数, all).Set(R.本年支出合计, C.决算数, all).Set(R.支出总计, C.决算数, all);
        var fiscal = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款, C.决算数, total).Set(R.本年收入合计, C.决算数, all).Set(R.收入总计, C.决算数, all);
        if (fundTotal != 0m)
        {
            summary.Set(R.政府性基金预算财政拨款收入, C.决算数, fundTotal);
            fiscal.Set(R.政府性基金预算财政拨款, C.决算数, fundTotal);
        }
        foreach (var row in new[] { R.本年支出合计, R.支出总计 })
        {
            fiscal.Set(row, C.合计, all).Set(row, C.一般公共预算财政拨款, total);
            if (fundTotal != 0m) fiscal.Set(row, C.政府性基金预算财政拨款, fundTotal);
        }
        foreach (var code in classes.Keys.Union(fundClasses.Keys))
        {
            var general = classes.GetValueOrDefault(code);
            var funded = fundClasses.GetValueOrDefault(code);
            summary.Set(code, C.决算数, general + funded);
            fiscal.Set(code, C.合计, general + funded).Set(code, C.一般公共预算财政拨款, general);
            if (funded != 0m) fiscal.Set(code, C.政府性基金预算财政拨款, funded);
        }

        var tables = new Dictionary<TableKind, StatutoryTable>
        {
            [TableKind.IncomeExpenditureSummary] = FixedTableFiller.Fill(file, TableKind.IncomeExpenditureSummary, f, summary),
            [TableKind.Income] = Coded(file, TableKind.Income, items.Concat(fund), i => new()
            {
                [C.本年收入合计] = i.Y2024, [C.财政拨款收入] = i.Y2024,
            }),
            [TableKind.Expenditure] = Coded(file, TableKind.Expenditure, items.Concat(fund), i => new()
            {
                [C.本年支出合计] = i.Y2024, [C.基本支出] = i.Basic ? i.Y2024 : 0m, [C.项目支出] = i.Basic ? 0m : i.Y2024,
            }),
            [TableKind.FiscalSummary] = FixedTableFiller.Fill(file, TableKind.FiscalSummary, f, fiscal),
            [TableKind.GeneralBudget] = Coded(file, TableKind.GeneralBudget, items, i => new()
            {
                [C.合计] = i.Y2024, [C.基本支出] = i.Basic ? i.Y2024 : 0m, [C.项目支出] = i.Basic ? 0m : i.Y2024,
            }),
            [TableKind.GeneralBudgetBasic] = EconomicTableBuilder.Build(file, f, Basic2024),
            [TableKind.GovernmentFund] = Coded(file, TableKind.GovernmentFund, fund, i => new()
            {
                [C.本年收入] = i.Y2024, [C.本年支出合计] = i.Y2024, [C.项目支出] = i.Y2024,
            }),
            [TableKind.StateCapital] = CodedTableBuilder.Build(file, TableKind.StateCapital, f, []),
            [TableKind.ThreePublic] = ThreePublic(file, f, budget: [17.92m, 1.56m, 16.33m, 0m, 16.33m, 0.03m],
                actual: [17.92m, 1.56m, 16.33m, 0m, 16.33m, 0.03m]),
        };
        return new StatutoryTables(tables);
    }

    /// <summary>
    /// 06 款 figures. The seed states only 人员经费 1,763.61 and 公用经费 131.18 and names the 款
    /// (§六); the split is chosen: 30108/30109/30304 and 30301+30302 equal their 05 项 (2080505,
    /// 2080506, 2080801, 2080501), 30217 and 30231 equal the 三公 接待 and 车辆运行 决算. The seed's
    /// 0.01 residue (1,763.61 + 131.18 = 1,894.79 vs 基本支出 1,894.78) is kept on purpose.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, decimal> Basic2024 = new Dictionary<string, decimal>
    {
        ["30101"] = 420.15m, ["30102"] = 510.32m, ["30103"] = 45.60m, ["30108"] = 140.36m, ["30109"] = 25.57m,
        ["30110"] = 68.20m, ["30111"] = 12.40m, ["30112"] = 6.85m, ["30113"] = 98.70m, ["30199"] = 18.90m,
        ["30301"] = 38.52m, ["30302"] = 135.17m, ["30304"] = 163.10m, ["30305"] = 20.40m, ["30307"] = 8.36m,
        ["30399"] = 51.01m,
        ["30201"] = 25.30m, ["30202"] = 3.10m, ["30207"] = 4.25m, ["30211"] = 12.60m, ["30216"] = 2.40m,
        ["30217"] = 0.03m, ["30226"] = 8.90m, ["30228"] = 15.20m, ["30229"] = 9.80m, ["30231"] = 16.33m,
        ["30299"] = 33.27m,
    };

    private static StatutoryTable Coded(string file, TableKind kind, IEnumerable<Seed004Items.Line> items,
        Func<Seed004Items.Line, Dictionary<string, decimal>> values) =>
        CodedTableBuilder.Build(file, kind, FormatLibrary.Repository[2024], items.Select(i => new CodedTableBuilder.Item(i.Code, i.Name, values(i))));

    /// <summary>三公 rows: 合计, 因公出国, 公务用车购置及运行费, 购置, 运行, 接待.</summary>
    internal static StatutoryTable ThreePublic(string file, ReportFormat format, decimal[] budget, decimal[] actual)
    {
        string[] columns = [C.三公合计, C.因公出国费, C.公务用车购置及运行费, C.公务用车购置费, C.公务用车运行费, C.公务接待费];
        var values = new FixedTableFiller.Values();
        for (var i = 0; i < columns.Length; i++)
            values.Set(R.预算数, columns[i], budget[i]).Set(R.决算数, columns[i], actual[i]);
        return FixedTableFiller.Fill(file, TableKind.ThreePublic, format, values);
    }
}
