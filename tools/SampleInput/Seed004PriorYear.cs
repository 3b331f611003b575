using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using P = JuneBudget.Format.PriorYearFields;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.SampleInput;

/// <summary>
/// The 2024 workbook's 上年数 sheet, computed from the 2023 model so the two can never disagree:
/// the 2023 workbook sits beside it in input/, but the 2024 one then stands on its own too.
/// </summary>
internal static class Seed004PriorYear
{
    public static PriorYearFigures From(BudgetWorkbook last)
    {
        var t = last.Tables;
        var actual = t.ThreePublic.Row(R.决算数);
        Amount Three(string column) => actual?[column] ?? Amount.Zero;
        var figures = new Dictionary<string, Amount>
        {
            [P.收入总计] = t.IncomeExpenditureSummary.Get(R.收入总计, C.决算数),
            [P.支出总计] = t.IncomeExpenditureSummary.Get(R.支出总计, C.决算数),
            [P.年末结转和结余] = t.IncomeExpenditureSummary.Get(R.年末结转和结余, C.决算数),
            [P.财政拨款收入总计] = t.FiscalSummary.Get(R.收入总计, C.决算数),
            [P.财政拨款支出总计] = t.FiscalSummary.Get(R.支出总计, C.合计),
            [P.一般公共预算财政拨款支出] = t.GeneralBudget.Get(R.合计, C.合计),
            [P.政府性基金收入总计] = Sum(t.GovernmentFund, C.年初结转和结余, C.本年收入),
            [P.国有资本经营收入总计] = Sum(t.StateCapital, C.年初结转和结余, C.本年收入),
            [P.年末一般公共预算结转] = t.FiscalSummary.Get(R.年末财政拨款结转和结余, C.一般公共预算财政拨款),
            [P.年末政府性基金结转] = t.FiscalSummary.Get(R.年末财政拨款结转和结余, C.政府性基金预算财政拨款),
            [P.年末国有资本经营结转] = t.FiscalSummary.Get(R.年末财政拨款结转和结余, C.国有资本经营预算财政拨款),
            [P.三公经费合计] = Three(C.三公合计),
            [P.因公出国费] = Three(C.因公出国费),
            [P.公务用车购置及运行费] = Three(C.公务用车购置及运行费),
            [P.公务用车购置费] = Three(C.公务用车购置费),
            [P.公务用车运行费] = Three(C.公务用车运行费),
            [P.公务接待费] = Three(C.公务接待费),
            [P.机关运行经费] = last.Other.OperatingCost,
        };
        return new PriorYearFigures(
            SheetNames.上年数,
            P.Fixed.ToDictionary(k => k, k => figures[k]),
            Items(t.GeneralBudget, C.合计),
            Items(t.GovernmentFund, C.本年支出合计),
            Items(t.StateCapital, C.本年支出合计));
    }

    private static Amount Sum(StatutoryTable table, string a, string b) =>
        new(table.Get(R.合计, a).Value + table.Get(R.合计, b).Value, null);

    private static List<PriorItem> Items(StatutoryTable table, string column) =>
        [.. table.CodedRows.Where(r => r.Level == 3).Select(r => new PriorItem(r.Key, r.Label, r[column]))];
}
