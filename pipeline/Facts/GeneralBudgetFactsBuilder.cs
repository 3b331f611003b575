using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>第二部分 五 (公开05表) and 六 (公开05表 基本支出 with the 款 of 公开06表).</summary>
internal static class GeneralBudgetFactsBuilder
{
    private const string Fund = "一般公共预算";

    public static GeneralBudgetFacts Build(FactsContext ctx)
    {
        var t = ctx.Tables.GeneralBudget;
        var total = t.Get(R.合计, C.合计);
        var shareOf = ctx.Share(total, ctx.Tables.IncomeExpenditureSummary.Get(R.本年支出合计, C.决算数));
        var change = ctx.Change(total, ctx.Prior(PriorYearFields.一般公共预算财政拨款支出));
        var totalHere = ctx.Format.Location(SectionKeys.GeneralBudgetTotal);
        // A format whose §五 only lists its 项 (2021) states no change, so asks for none of its reasons.
        var asks = ctx.Format.GeneralBudgetReasons;
        var changeReason = asks
            ? ctx.Reason(ReasonKeys.一般公共预算上年, "一般公共预算财政拨款支出与上年相比增减的主要原因", totalHere)
            : ctx.NotAsked(ReasonKeys.一般公共预算上年);
        var variance = ctx.Variance(ctx.Current.Budgets.GeneralBudgetExpenditure, total);
        // A format stating only last year's comparison (2022) does not ask for the budget one's reason.
        var varianceReason = asks && ctx.Format.GeneralBudgetVsBudget
            ? ctx.Reason(ReasonKeys.一般公共预算预算, "一般公共预算财政拨款支出决算数与年初预算数差异的主要原因", totalHere)
            : null;
        var classNames = new ItemNames(t, ctx.Unit.PreviousWorkbook?.Tables.GeneralBudget, []);
        var classes = t.CodedRows.Where(r => r.Level == 1 && !r[C.合计].IsZero)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select((r, i) => new ClassLine(i + 1, r.Code!, classNames.Name(r.Code!), ctx.Share(r[C.合计], total)))
            .ToList();
        var items = ItemLinesBuilder.Build(ctx, TableKind.GeneralBudget, C.合计,
            ctx.Unit.Prior?.GeneralBudgetItems ?? [], Fund, ctx.Format.Location(SectionKeys.GeneralBudgetItems), asks);
        return new GeneralBudgetFacts
        {
            Total = shareOf.Amount,
            ShareOfExpenditure = shareOf.Percent,
            Change = change,
            ChangeReason = changeReason,
            Variance = variance,
            VarianceReason = varianceReason,
            Classes = classes,
            Items = items,
        };
    }

    public static BasicFacts Basic(FactsContext ctx)
    {
        var basic = ctx.Tables.GeneralBudgetBasic;
        var items = basic.CodedRows.Where(r => r.Code!.Length == 5 && !r[C.决算数].IsZero)
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        string Name(TableRow r) => string.IsNullOrWhiteSpace(r.Label)
            ? EconomicClasses.All.FirstOrDefault(e => e.Code == r.Code).Name ?? r.Code!
            : r.Label.Trim();
        return new BasicFacts(
            ctx.Money(ctx.Tables.GeneralBudget.Get(R.合计, C.基本支出)),
            ctx.Money(basic.Get(R.人员经费合计, C.决算数)),
            [.. items.Where(r => EconomicClasses.IsPersonnel(r.Code!)).Select(Name)],
            ctx.Money(basic.Get(R.公用经费合计, C.决算数)),
            [.. items.Where(r => !EconomicClasses.IsPersonnel(r.Code!)).Select(Name)]);
    }
}
