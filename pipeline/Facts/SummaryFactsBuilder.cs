using JuneBudget.Format;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>第二部分 一 to 四: totals of 公开01–04表, shares, and the comparisons with last year and budget.</summary>
internal static class SummaryFactsBuilder
{

    public static OverviewFacts Overview(FactsContext ctx)
    {
        var t = ctx.Tables.IncomeExpenditureSummary;
        var total = t.Get(R.收入总计, C.决算数);
        var here = ctx.Format.Location(SectionKeys.Overview);
        var facts = new OverviewFacts
        {
            IncomeTotal = ctx.Money(total),
            IncomeThisYear = ctx.Money(t.Get(R.本年收入合计, C.决算数)),
            NonFiscalBalanceUsed = ctx.Money(t.Get(R.使用非财政拨款结余, C.决算数)),
            OpeningBalance = ctx.Money(t.Get(R.年初结转和结余, C.决算数)),
            ExpenditureTotal = ctx.Money(t.Get(R.支出总计, C.决算数)),
            ExpenditureThisYear = ctx.Money(t.Get(R.本年支出合计, C.决算数)),
            Distribution = ctx.Money(t.Get(R.结余分配, C.决算数)),
            ClosingBalance = ctx.Money(t.Get(R.年末结转和结余, C.决算数)),
            // One sentence for both totals (2023+): valid because 收入总计 = 支出总计 (rule N-17).
            Change = ctx.Change(total, ctx.Prior(PriorYearFields.收入总计)),
            ChangeReason = ctx.Format.SeparateTotals
                ? ctx.Reason(ReasonKeys.收入总计上年, "收入总计与上年相比增减的主要原因", here)
                : ctx.Reason(ReasonKeys.收支总体上年, "收入支出总体与上年相比增减的主要原因", here),
        };
        if (!ctx.Format.SeparateTotals) return facts;
        return facts with
        {
            ExpenditureChange = ctx.Change(t.Get(R.支出总计, C.决算数), ctx.Prior(PriorYearFields.支出总计)),
            ExpenditureChangeReason = ctx.Reason(ReasonKeys.支出总计上年, "支出总计与上年相比增减的主要原因", here),
        };
    }

    public static IncomeFacts Income(FactsContext ctx)
    {
        var row = ctx.Tables.Income.Row(R.合计);
        var total = ctx.Tables.Income.Get(R.合计, C.本年收入合计);
        Share Part(string column) => ctx.Share(row?[column] ?? Model.Amount.Zero, total);
        return new IncomeFacts(ctx.Money(total),
            Part(C.财政拨款收入), Part(C.上级补助收入), Part(C.事业收入), Part(C.经营收入), Part(C.附属单位上缴收入), Part(C.其他收入));
    }

    public static ExpenditureFacts Expenditure(FactsContext ctx)
    {
        var row = ctx.Tables.Expenditure.Row(R.合计);
        var total = ctx.Tables.Expenditure.Get(R.合计, C.本年支出合计);
        Share Part(string column) => ctx.Share(row?[column] ?? Model.Amount.Zero, total);
        return new ExpenditureFacts(ctx.Money(total),
            Part(C.基本支出), Part(C.项目支出), Part(C.上缴上级支出), Part(C.经营支出), Part(C.对附属单位补助支出));
    }

    public static FiscalFacts Fiscal(FactsContext ctx)
    {
        var t = ctx.Tables.FiscalSummary;
        var incomeTotal = t.Get(R.收入总计, C.决算数);
        var received = t.Get(R.本年收入合计, C.决算数);
        var spent = t.Get(R.本年支出合计, C.合计);
        var here = ctx.Format.Location(SectionKeys.Fiscal);
        // 2021 (format.yaml comparisons.fiscal: separate): 收入 and 支出 each against last year, then each
        // against its 年初预算数; the reasons are asked in that document order.
        var separate = ctx.Format.SeparateFiscal;
        // 2022 (comparisons.fiscal_budget: totals) compares the budgets with the totals its sentences name.
        var totals = separate && ctx.Format.FiscalBudgetAgainstTotals;
        var expenditureTotal = t.Get(R.支出总计, C.合计);
        return new FiscalFacts
        {
            IncomeTotal = ctx.Money(incomeTotal),
            OpeningBalance = ctx.Money(t.Get(R.年初财政拨款结转和结余, C.决算数)),
            IncomeThisYear = ctx.Money(received),
            ExpenditureTotal = ctx.Money(expenditureTotal),
            ClosingBalance = ctx.Money(t.Get(R.年末财政拨款结转和结余, C.合计)),
            ExpenditureThisYear = ctx.Money(spent),
            Change = ctx.Change(incomeTotal, ctx.Prior(PriorYearFields.财政拨款收入总计)),
            ChangeReason = separate
                ? ctx.Reason(ReasonKeys.财政拨款收入上年, "财政拨款收入总计与上年相比增减的主要原因", here)
                : ctx.Reason(ReasonKeys.财政拨款上年, "财政拨款收入支出总体与上年相比增减的主要原因", here),
            ExpenditureChange = separate ? ctx.Change(expenditureTotal, ctx.Prior(PriorYearFields.财政拨款支出总计)) : null,
            ExpenditureChangeReason = separate ? ctx.Reason(ReasonKeys.财政拨款支出上年, "财政拨款支出总计与上年相比增减的主要原因", here) : null,
            IncomeVariance = separate ? ctx.Variance(ctx.Current.Budgets.FiscalIncome, totals ? incomeTotal : received) : null,
            IncomeVarianceReason = separate
                ? ctx.Reason(ReasonKeys.财政拨款收入预算, totals ? "财政拨款收入总计与年初预算数差异的主要原因" : "本年财政拨款收入与年初预算数差异的主要原因", here)
                : null,
            // 本年财政拨款支出 against 年初预算数: the same 决算数 as §五(一) (rule N-05).
            Variance = ctx.Variance(ctx.Current.Budgets.FiscalExpenditure, totals ? expenditureTotal : spent),
            VarianceReason = separate
                ? ctx.Reason(ReasonKeys.财政拨款支出预算, totals ? "财政拨款支出总计与年初预算数差异的主要原因" : "本年财政拨款支出与年初预算数差异的主要原因", here)
                : ctx.Reason(ReasonKeys.财政拨款预算, "财政拨款支出决算数与年初预算数差异的主要原因", here),
        };
    }
}
