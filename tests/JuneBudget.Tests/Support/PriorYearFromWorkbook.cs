using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using P = JuneBudget.Format.PriorYearFields;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Minimal stand-in for the reader's PriorYearExtractor.FromWorkbook (not on this branch yet):
/// last year's figures taken from last year's workbook, with the cells they came from.
/// </summary>
internal static class PriorYearFromWorkbook
{
    public static PriorYearFigures Build(BudgetWorkbook last)
    {
        var t = last.Tables;
        Amount Three(string column) => t.ThreePublic.Get(R.决算数, column);
        var figures = new Dictionary<string, Amount>
        {
            [P.收入总计] = t.IncomeExpenditureSummary.Get(R.收入总计, C.决算数),
            [P.支出总计] = t.IncomeExpenditureSummary.Get(R.支出总计, C.决算数),
            [P.年末结转和结余] = t.IncomeExpenditureSummary.Get(R.年末结转和结余, C.决算数),
            [P.财政拨款收入总计] = t.FiscalSummary.Get(R.收入总计, C.决算数),
            [P.财政拨款支出总计] = t.FiscalSummary.Get(R.支出总计, C.合计),
            [P.一般公共预算财政拨款支出] = t.GeneralBudget.Get(R.合计, C.合计),
            [P.政府性基金收入总计] = Sum(t.GovernmentFund),
            [P.国有资本经营收入总计] = Sum(t.StateCapital),
            [P.三公经费合计] = Three(C.三公合计),
            [P.因公出国费] = Three(C.因公出国费),
            [P.公务用车购置及运行费] = Three(C.公务用车购置及运行费),
            [P.公务用车购置费] = Three(C.公务用车购置费),
            [P.公务用车运行费] = Three(C.公务用车运行费),
            [P.公务接待费] = Three(C.公务接待费),
            [P.机关运行经费] = last.Other.OperatingCost,
        };
        return new PriorYearFigures(last.FileName, figures,
            Items(t.GeneralBudget, C.合计), Items(t.GovernmentFund, C.本年支出合计), Items(t.StateCapital, C.本年支出合计));
    }

    private static Amount Sum(StatutoryTable table)
    {
        var opening = table.Get(R.合计, C.年初结转和结余);
        return new(opening.Value + table.Get(R.合计, C.本年收入).Value, opening.Source);
    }

    private static List<PriorItem> Items(StatutoryTable table, string column) =>
        [.. table.CodedRows.Where(r => r.Level == 3).Select(r => new PriorItem(r.Code!, r.Label, r[column]))];
}
