using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Format;

/// <summary>The layouts of the nine public tables (statutory-tables.md §2–§10).</summary>
public static class TableSchemas
{
    public static TableSchema For(TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => Summary01,
        TableKind.Income => Income02,
        TableKind.Expenditure => Expenditure03,
        TableKind.FiscalSummary => Fiscal04,
        TableKind.GeneralBudget => GeneralBudget05,
        TableKind.GeneralBudgetBasic => Basic06,
        TableKind.GovernmentFund => Fund(TableKind.GovernmentFund),
        TableKind.StateCapital => Fund(TableKind.StateCapital),
        TableKind.ThreePublic => ThreePublic09,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static readonly ColumnSpec[] SingleAmount = [new(C.决算数, "金额", Aliases: ["决算数", "金额（决算数）"])];

    /// <summary>The 26 类 rows of an expenditure half, labelled “一、一般公共服务支出” …</summary>
    private static IEnumerable<RowSpec> ClassRows() =>
        FunctionClasses.All.Select((c, i) => new RowSpec(c.Code, $"{ChineseNumerals.Ordinal(i + 1)}、{c.Name}", Code: c.Code));

    private static readonly TableSchema Summary01 = new(
        TableKind.IncomeExpenditureSummary, TableLayout.SideBySide,
        SingleAmount,
        [
            new(R.一般公共预算财政拨款收入, "一、一般公共预算财政拨款收入"),
            new(R.政府性基金预算财政拨款收入, "二、政府性基金预算财政拨款收入"),
            new(R.国有资本经营预算财政拨款收入, "三、国有资本经营预算财政拨款收入"),
            new(R.上级补助收入, "四、上级补助收入"),
            new(R.事业收入, "五、事业收入"),
            new(R.经营收入, "六、经营收入"),
            new(R.附属单位上缴收入, "七、附属单位上缴收入"),
            new(R.其他收入, "八、其他收入"),
            new(R.本年收入合计, "本年收入合计"),
            new(R.使用非财政拨款结余, "使用非财政拨款结余（含专用结余）", ["使用非财政拨款结余"]),
            new(R.年初结转和结余, "年初结转和结余"),
            new(R.收入总计, "总计", ["收入总计"]),
        ],
        SingleAmount,
        [
            .. ClassRows(),
            new(R.本年支出合计, "本年支出合计"),
            new(R.结余分配, "结余分配"),
            new(R.年末结转和结余, "年末结转和结余"),
            new(R.支出总计, "总计", ["支出总计"]),
        ]);

    private static readonly TableSchema Fiscal04 = new(
        TableKind.FiscalSummary, TableLayout.SideBySide,
        SingleAmount,
        [
            new(R.一般公共预算财政拨款, "一、一般公共预算财政拨款"),
            new(R.政府性基金预算财政拨款, "二、政府性基金预算财政拨款"),
            new(R.国有资本经营预算财政拨款, "三、国有资本经营预算财政拨款"),
            new(R.本年收入合计, "本年收入合计"),
            new(R.年初财政拨款结转和结余, "年初财政拨款结转和结余"),
            // Printed with the same labels as the three rows above; the reader tells them apart
            // by position (they follow 年初财政拨款结转和结余).
            new(R.年初一般公共预算财政拨款, "一、一般公共预算财政拨款"),
            new(R.年初政府性基金预算财政拨款, "二、政府性基金预算财政拨款"),
            new(R.年初国有资本经营预算财政拨款, "三、国有资本经营预算财政拨款"),
            new(R.收入总计, "总计", ["收入总计"]),
        ],
        [
            new(C.合计, "合计"),
            new(C.一般公共预算财政拨款, "一般公共预算财政拨款"),
            new(C.政府性基金预算财政拨款, "政府性基金预算财政拨款"),
            new(C.国有资本经营预算财政拨款, "国有资本经营预算财政拨款"),
        ],
        [
            .. ClassRows(),
            new(R.本年支出合计, "本年支出合计"),
            new(R.年末财政拨款结转和结余, "年末财政拨款结转和结余"),
            new(R.支出总计, "总计", ["支出总计"]),
        ]);

    private static readonly RowSpec[] TotalRow = [new(R.合计, "合计", ["总计"])];

    private static readonly TableSchema Income02 = new(
        TableKind.Income, TableLayout.Coded,
        [
            new(C.本年收入合计, "本年收入合计"),
            new(C.财政拨款收入, "财政拨款收入"),
            new(C.上级补助收入, "上级补助收入"),
            new(C.事业收入, "事业收入"),
            new(C.经营收入, "经营收入"),
            new(C.附属单位上缴收入, "附属单位上缴收入"),
            new(C.其他收入, "其他收入"),
        ],
        TotalRow, [], []);

    private static readonly TableSchema Expenditure03 = new(
        TableKind.Expenditure, TableLayout.Coded,
        [
            new(C.本年支出合计, "本年支出合计"),
            new(C.基本支出, "基本支出"),
            new(C.项目支出, "项目支出"),
            new(C.上缴上级支出, "上缴上级支出"),
            new(C.经营支出, "经营支出"),
            new(C.对附属单位补助支出, "对附属单位补助支出"),
        ],
        TotalRow, [], []);

    private static readonly TableSchema GeneralBudget05 = new(
        TableKind.GeneralBudget, TableLayout.Coded,
        [
            new(C.合计, "合计", "本年支出", ["小计"]),
            new(C.基本支出, "基本支出", "本年支出"),
            new(C.项目支出, "项目支出", "本年支出"),
        ],
        TotalRow, [], []);

    private static TableSchema Fund(TableKind kind) => new(
        kind, TableLayout.Coded,
        [
            new(C.年初结转和结余, "年初结转和结余"),
            new(C.本年收入, "本年收入"),
            new(C.本年支出合计, "小计", "本年支出", ["合计"]),
            new(C.基本支出, "基本支出", "本年支出"),
            new(C.项目支出, "项目支出", "本年支出"),
            new(C.年末结转和结余, "年末结转和结余"),
        ],
        TotalRow, [], []);

    private static readonly ColumnSpec[] EconomicAmount = [new(C.决算数, "决算数", Aliases: ["金额"])];

    private static readonly TableSchema Basic06 = new(
        TableKind.GeneralBudgetBasic, TableLayout.Economic,
        EconomicAmount, [new(R.人员经费合计, "人员经费合计")],
        EconomicAmount, [new(R.公用经费合计, "公用经费合计")]);

    private static ColumnSpec[] ThreePublicBlock(string parent) =>
    [
        new(C.三公合计, "合计", parent),
        new(C.因公出国费, "因公出国（境）费", parent),
        new(C.公务用车购置及运行费, "小计", parent + "/公务用车购置及运行费"),
        new(C.公务用车购置费, "公务用车购置费", parent + "/公务用车购置及运行费"),
        new(C.公务用车运行费, "公务用车运行费", parent + "/公务用车购置及运行费"),
        new(C.公务接待费, "公务接待费", parent),
    ];

    /// <summary>Rows 预算数 and 决算数 each carry the six columns; the sheet shows them as two blocks of one row.</summary>
    private static readonly TableSchema ThreePublic09 = new(
        TableKind.ThreePublic, TableLayout.ThreePublic,
        ThreePublicBlock("预算数"), [new(R.预算数, "预算数", ["全年预算数", "年初预算数"])],
        ThreePublicBlock("决算数"), [new(R.决算数, "决算数")]);
}
