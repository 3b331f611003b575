using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;
using P = JuneBudget.Format.PriorYearFields;

namespace JuneBudget.Validation.Rules.CrossYear;

/// <summary>
/// What each 上年数 field means in last year's own workbook (PriorYearFields → the cells of last
/// year's tables), so a filled 上年数 sheet can be checked against the workbook it summarises.
/// </summary>
internal static class PreviousWorkbookFigures
{
    /// <summary>The term for a fixed field, or null for a key this mapping does not know.</summary>
    public static Term? Field(ValidationContext c, string key)
    {
        TableView T(TableKind kind) => c.PreviousTable(kind)!;
        var t01 = T(TableKind.IncomeExpenditureSummary);
        var t04 = T(TableKind.FiscalSummary);
        var t09 = T(TableKind.ThreePublic);
        return key switch
        {
            P.收入总计 => t01.At(R.收入总计, C.决算数),
            P.支出总计 => t01.At(R.支出总计, C.决算数),
            P.年末结转和结余 => t01.At(R.年末结转和结余, C.决算数),
            P.财政拨款收入总计 => t04.At(R.收入总计, C.决算数),
            P.财政拨款支出总计 => t04.At(R.支出总计, C.合计),
            P.一般公共预算财政拨款支出 => T(TableKind.GeneralBudget).At(R.合计, C.合计),
            P.政府性基金收入总计 => FundIncome(T(TableKind.GovernmentFund)),
            P.国有资本经营收入总计 => FundIncome(T(TableKind.StateCapital)),
            P.年末一般公共预算结转 => t04.At(R.年末财政拨款结转和结余, C.一般公共预算财政拨款),
            P.年末政府性基金结转 => t04.At(R.年末财政拨款结转和结余, C.政府性基金预算财政拨款),
            P.年末国有资本经营结转 => t04.At(R.年末财政拨款结转和结余, C.国有资本经营预算财政拨款),
            P.三公经费合计 => t09.At(R.决算数, C.三公合计),
            P.因公出国费 => t09.At(R.决算数, C.因公出国费),
            P.公务用车购置及运行费 => t09.At(R.决算数, C.公务用车购置及运行费),
            P.公务用车购置费 => t09.At(R.决算数, C.公务用车购置费),
            P.公务用车运行费 => t09.At(R.决算数, C.公务用车运行费),
            P.公务接待费 => t09.At(R.决算数, C.公务接待费),
            P.机关运行经费 => Term.Money("上年工作簿", "机关运行经费", c.Previous!.Other.OperatingCost),
            _ => null,
        };
    }

    /// <summary>The 项 of one item kind in last year's workbook (table and its 本年支出 column), or null for an unknown kind.</summary>
    public static (TableView Table, string Column)? Items(ValidationContext c, string itemKind) => itemKind switch
    {
        P.一般公共预算项 => (c.PreviousTable(TableKind.GeneralBudget)!, C.合计),
        P.政府性基金项 => (c.PreviousTable(TableKind.GovernmentFund)!, C.本年支出合计),
        P.国有资本经营项 => (c.PreviousTable(TableKind.StateCapital)!, C.本年支出合计),
        _ => null,
    };

    /// <summary>收入总计 of a fund table: 年初结转和结余 + 本年收入 of its 合计 row.</summary>
    private static Term FundIncome(TableView t) =>
        Term.Aggregate(t.Where, "收入总计（年初结转和结余 + 本年收入）", [t.At(R.合计, C.年初结转和结余), t.At(R.合计, C.本年收入)], Term.WanYuan);
}
