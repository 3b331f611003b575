using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>第二部分 政府性基金 and 国有资本经营 (七/八 in 2024; their numbers and tables come from the format).</summary>
internal static class FundFactsBuilder
{
    public static FundFacts GovernmentFund(FactsContext ctx) => Build(ctx, TableKind.GovernmentFund, "政府性基金",
        PriorYearFields.政府性基金收入总计, ctx.Unit.Prior?.GovernmentFundItems ?? [],
        ReasonKeys.政府性基金上年, ReasonKeys.政府性基金预算, ctx.Current.Budgets.GovernmentFundExpenditure,
        ctx.Format.Location(SectionKeys.GovernmentFund));

    public static FundFacts StateCapital(FactsContext ctx) => Build(ctx, TableKind.StateCapital, "国有资本经营",
        PriorYearFields.国有资本经营收入总计, ctx.Unit.Prior?.StateCapitalItems ?? [],
        ReasonKeys.国有资本经营上年, ReasonKeys.国有资本经营预算, ctx.Current.Budgets.StateCapitalExpenditure,
        ctx.Format.Location(SectionKeys.StateCapital));

    private static FundFacts Build(FactsContext ctx, TableKind kind, string fund, string priorTotalKey,
        IReadOnlyList<PriorItem> priorItems, string changeKey, string budgetKey, Amount budget, string location)
    {
        var t = ctx.Tables[kind];
        var priorTotal = ctx.Prior(priorTotalKey);
        // Empty only when nothing happened this year nor last year: a fall to zero is still explained (S004 §七).
        var isEmpty = t.IsEmpty && priorTotal.IsZero && priorItems.All(p => p.Amount.IsZero);
        Sourced opening = t.Get(R.合计, C.年初结转和结余);
        Sourced income = t.Get(R.合计, C.本年收入);
        Sourced spent = t.Get(R.合计, C.本年支出合计);
        Sourced closing = t.Get(R.合计, C.年末结转和结余);
        var incomeTotal = opening + income;
        var facts = new FundFacts
        {
            IsEmpty = isEmpty,
            IncomeTotal = ctx.Money(incomeTotal),
            OpeningBalance = ctx.Money(opening),
            IncomeThisYear = ctx.Money(income),
            ExpenditureTotal = ctx.Money(spent + closing),
            ClosingBalance = ctx.Money(closing),
            ExpenditureThisYear = ctx.Money(spent),
            Change = ctx.Change(incomeTotal, priorTotal),
            Variance = ctx.Variance(budget, spent),
            Items = [],
        };
        if (isEmpty) return facts;
        return facts with
        {
            ChangeReason = ctx.Reason(changeKey, $"{fund}预算财政拨款收入支出总体与上年相比增减的主要原因", location),
            VarianceReason = ctx.Reason(budgetKey, $"{fund}预算财政拨款支出决算数与年初预算数差异的主要原因", location),
            Items = ItemLinesBuilder.Build(ctx, kind, C.本年支出合计, priorItems, fund, location),
        };
    }
}
