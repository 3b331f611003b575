using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using P = JuneBudget.Format.PriorYearFields;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Workbooks;

/// <summary>
/// Last year's figures taken from last year's workbook of the same unit: every
/// <see cref="PriorYearFields"/> key and the 项 lists of 05 / 基金 / 国资. Origin is that file's name.
/// </summary>
public static class PriorYearExtractor
{
    /// <summary>The prior-year figures a workbook gives as “last year” for the next year's workbook.</summary>
    public static PriorYearFigures FromWorkbook(BudgetWorkbook previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var t = previous.Tables;
        var summary = t.IncomeExpenditureSummary;
        var fiscal = t.FiscalSummary;
        var actual = t.ThreePublic.Row(R.决算数);
        var figures = new Dictionary<string, Amount>
        {
            [P.收入总计] = summary.Get(R.收入总计, C.决算数),
            [P.支出总计] = summary.Get(R.支出总计, C.决算数),
            [P.年末结转和结余] = summary.Get(R.年末结转和结余, C.决算数),
            [P.财政拨款收入总计] = fiscal.Get(R.收入总计, C.决算数),
            [P.财政拨款支出总计] = fiscal.Get(R.支出总计, C.合计),
            [P.一般公共预算财政拨款支出] = t.GeneralBudget.Get(R.合计, C.合计),
            [P.政府性基金收入总计] = FundIncome(t.GovernmentFund),
            [P.国有资本经营收入总计] = FundIncome(t.StateCapital),
            [P.年末一般公共预算结转] = fiscal.Get(R.年末财政拨款结转和结余, C.一般公共预算财政拨款),
            [P.年末政府性基金结转] = fiscal.Get(R.年末财政拨款结转和结余, C.政府性基金预算财政拨款),
            [P.年末国有资本经营结转] = fiscal.Get(R.年末财政拨款结转和结余, C.国有资本经营预算财政拨款),
            [P.三公经费合计] = actual?[C.三公合计] ?? Amount.Zero,
            [P.因公出国费] = actual?[C.因公出国费] ?? Amount.Zero,
            [P.公务用车购置及运行费] = actual?[C.公务用车购置及运行费] ?? Amount.Zero,
            [P.公务用车购置费] = actual?[C.公务用车购置费] ?? Amount.Zero,
            [P.公务用车运行费] = actual?[C.公务用车运行费] ?? Amount.Zero,
            [P.公务接待费] = actual?[C.公务接待费] ?? Amount.Zero,
            [P.机关运行经费] = previous.Other.OperatingCost,
        };
        return new PriorYearFigures(previous.FileName, figures,
            Items(t.GeneralBudget, C.合计), Items(t.GovernmentFund, C.本年支出合计), Items(t.StateCapital, C.本年支出合计));
    }

    /// <summary>收入总计 of a 基金/国资 table = 年初结转和结余 + 本年收入 of its 合计 row (sourced at 本年收入).</summary>
    private static Amount FundIncome(StatutoryTable table)
    {
        var opening = table.Get(R.合计, C.年初结转和结余);
        var income = table.Get(R.合计, C.本年收入);
        return new Amount(opening.Value + income.Value, income.Source ?? opening.Source);
    }

    private static IReadOnlyList<PriorItem> Items(StatutoryTable table, string column) =>
        [.. table.CodedRows.Select(r => new PriorItem(r.Code!, r.Label, r[column]))];
}
