using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.SampleInput;

/// <summary>
/// The nine public tables of 2023 (format 2023: 三公 公开07表, 基金 08, 国资 09). Seed 004 gives
/// only what 2024 is compared with: 收入支出总体 37,815.22 (= 7,138.31 + 30,676.91), 财政拨款
/// 37,714.86 (= 7,138.31 + 30,576.55), 一般公共预算 7,022.98 by 项, 基金 30,625.58 (2290402),
/// 三公 19.71, 机关运行经费 127.73. Chosen to fit those totals (not stated by the seed):
/// 其他收入 100.36 spent as 基本支出 under 2150501; 一般公共预算 income 7,089.28 with its
/// unspent 66.30 under 2150805 (年末结转 66.30); the 06 款 split; the 三公 预算数 (= 决算数).
/// </summary>
internal static class Seed004Tables2023
{
    private const decimal General = 7_089.28m, GeneralSpent = 7_022.98m, Fund = Seed004Items.FundItem2023;
    private const decimal Other = 100.36m, Carry = 66.30m;
    private const string OtherItem = "2150501", CarryItem = "2150805";

    public static StatutoryTables Build(string file)
    {
        var f = FormatLibrary.Repository[2023];
        var items = Seed004Items.GeneralBudget.Where(i => i.Y2023 != 0m).ToList();
        var classes = items.GroupBy(i => i.Code[..3]).ToDictionary(g => g.Key, g => g.Sum(i => i.Y2023));
        const decimal income = General + Fund + Other, spent = GeneralSpent + Fund + Other;

        var summary = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款收入, C.决算数, General).Set(R.政府性基金预算财政拨款收入, C.决算数, Fund)
            .Set(R.其他收入, C.决算数, Other).Set(R.本年收入合计, C.决算数, income).Set(R.收入总计, C.决算数, income)
            .Set(R.本年支出合计, C.决算数, spent).Set(R.年末结转和结余, C.决算数, Carry).Set(R.支出总计, C.决算数, income);
        foreach (var (code, value) in classes) summary.Set(code, C.决算数, value + (code == "215" ? Other : 0m));
        summary.Set("229", C.决算数, Fund);

        var fiscal = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款, C.决算数, General).Set(R.政府性基金预算财政拨款, C.决算数, Fund)
            .Set(R.本年收入合计, C.决算数, General + Fund).Set(R.收入总计, C.决算数, General + Fund)
            .Set(R.本年支出合计, C.合计, GeneralSpent + Fund).Set(R.本年支出合计, C.一般公共预算财政拨款, GeneralSpent)
            .Set(R.本年支出合计, C.政府性基金预算财政拨款, Fund)
            .Set(R.年末财政拨款结转和结余, C.合计, Carry).Set(R.年末财政拨款结转和结余, C.一般公共预算财政拨款, Carry)
            .Set(R.支出总计, C.合计, General + Fund).Set(R.支出总计, C.一般公共预算财政拨款, General)
            .Set(R.支出总计, C.政府性基金预算财政拨款, Fund)
            .Set("229", C.合计, Fund).Set("229", C.政府性基金预算财政拨款, Fund);
        foreach (var (code, value) in classes)
            fiscal.Set(code, C.合计, value).Set(code, C.一般公共预算财政拨款, value);

        var fundItem = new CodedTableBuilder.Item(Seed004Items.FundItem, Seed004Items.FundItemName, new Dictionary<string, decimal>
        {
            [C.本年收入] = Fund, [C.本年支出合计] = Fund, [C.项目支出] = Fund,
        });
        var tables = new Dictionary<TableKind, StatutoryTable>
        {
            [TableKind.IncomeExpenditureSummary] = FixedTableFiller.Fill(file, TableKind.IncomeExpenditureSummary, f, summary),
            [TableKind.Income] = CodedTableBuilder.Build(file, TableKind.Income, f, [.. items.Select(i => Item(i, new()
            {
                [C.本年收入合计] = i.Y2023 + Extra(i) + (i.Code == OtherItem ? Other : 0m),
                [C.财政拨款收入] = i.Y2023 + Extra(i),
                [C.其他收入] = i.Code == OtherItem ? Other : 0m,
            })), Item(fundItem, new() { [C.本年收入合计] = Fund, [C.财政拨款收入] = Fund })]),
            [TableKind.Expenditure] = CodedTableBuilder.Build(file, TableKind.Expenditure, f, [.. items.Select(i => Item(i, new()
            {
                [C.本年支出合计] = i.Y2023 + (i.Code == OtherItem ? Other : 0m),
                [C.基本支出] = i.Basic ? i.Y2023 + (i.Code == OtherItem ? Other : 0m) : 0m,
                [C.项目支出] = i.Basic ? 0m : i.Y2023,
            })), Item(fundItem, new() { [C.本年支出合计] = Fund, [C.项目支出] = Fund })]),
            [TableKind.FiscalSummary] = FixedTableFiller.Fill(file, TableKind.FiscalSummary, f, fiscal),
            [TableKind.GeneralBudget] = CodedTableBuilder.Build(file, TableKind.GeneralBudget, f, [.. items.Select(i => Item(i, new()
            {
                [C.合计] = i.Y2023, [C.基本支出] = i.Basic ? i.Y2023 : 0m, [C.项目支出] = i.Basic ? 0m : i.Y2023,
            }))]),
            [TableKind.GeneralBudgetBasic] = EconomicTableBuilder.Build(file, f, Basic2023),
            [TableKind.GovernmentFund] = CodedTableBuilder.Build(file, TableKind.GovernmentFund, f, [fundItem]),
            [TableKind.StateCapital] = CodedTableBuilder.Build(file, TableKind.StateCapital, f, []),
            [TableKind.ThreePublic] = Seed004Tables2024.ThreePublic(file, f, budget: [19.71m, 0m, 19.70m, 0m, 19.70m, 0.01m],
                actual: [19.71m, 0m, 19.70m, 0m, 19.70m, 0.01m]),
        };
        return new StatutoryTables(tables);
    }

    /// <summary>
    /// 2023 06 款 (chosen): 公用经费 127.73 (the seed's 2023 机关运行经费); 人员经费 1,928.61 so that
    /// 人员 + 公用 = 2023 05 基本支出 2,056.34; 30108/30109/30304 and 30301+30302 equal their 05 项,
    /// 30217 0.01 and 30231 19.70 equal the 2023 三公 接待 and 车辆运行.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, decimal> Basic2023 = new Dictionary<string, decimal>
    {
        ["30101"] = 436.80m, ["30102"] = 515.20m, ["30103"] = 46.90m, ["30108"] = 122.17m, ["30109"] = 14.53m,
        ["30110"] = 70.15m, ["30111"] = 12.80m, ["30112"] = 7.05m, ["30113"] = 101.30m, ["30199"] = 19.40m,
        ["30301"] = 38.10m, ["30302"] = 134.64m, ["30304"] = 340.68m, ["30305"] = 20.10m, ["30307"] = 8.20m,
        ["30399"] = 40.59m,
        ["30201"] = 24.80m, ["30202"] = 2.90m, ["30207"] = 4.10m, ["30211"] = 11.20m, ["30216"] = 2.10m,
        ["30217"] = 0.01m, ["30226"] = 8.40m, ["30228"] = 16.10m, ["30229"] = 10.20m, ["30231"] = 19.70m,
        ["30299"] = 28.22m,
    };

    private static decimal Extra(Seed004Items.Line item) => item.Code == CarryItem ? Carry : 0m;

    private static CodedTableBuilder.Item Item(Seed004Items.Line line, Dictionary<string, decimal> values) =>
        new(line.Code, line.Name, values);

    private static CodedTableBuilder.Item Item(CodedTableBuilder.Item item, Dictionary<string, decimal> values) =>
        item with { Values = values };
}
