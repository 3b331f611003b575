using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Markdown;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// 2021's §四 (format.yaml comparisons.fiscal: separate): 财政拨款收入总计 and 支出总计 each against last year,
/// 本年财政拨款收入 and 本年财政拨款支出 each against its own 年初预算数, four 主要原因 keys in that order. Seed 003's
/// figures with the 收入 and 支出 sides made different so that a swapped side shows.
/// </summary>
public sealed class Format2021FiscalTests
{
    private static ReportFacts Facts2021()
    {
        var w = Seed003Workbook.Build();
        w = w.WithAmount(TableKind.FiscalSummary, R.本年收入合计, C.决算数, 2_150.00m) with
        {
            Budgets = w.Budgets with { FiscalExpenditure = w.Money(2_100.00m, SheetNames.预算数, "B5") },
        };
        return ReportFactsBuilder.Build(new UnitYear(w, null, w.PriorYearSheet));
    }

    /// <summary>
    /// The list validation checks (C-01) is the list the 2021 document shows: its §五 (and §八/§九) only list
    /// their 项 by code, so with every 主要原因 blank no 一般公共预算 or 项 reason is asked that the document
    /// never prints (format.yaml comparisons.general_budget_reasons: false).
    /// </summary>
    [Fact]
    public void TheRequiredReasonsAreExactlyThePlaceholdersOfADocumentWithoutReasons()
    {
        var w = Seed003Workbook.Build() with { Reasons = ReasonBook.Empty };
        var facts = ReportFactsBuilder.Build(new UnitYear(w, null, w.PriorYearSheet));
        var placeholders = ReportTemplateRenderer.Render(facts, RepoPaths.Templates).Placeholders;
        var keys = placeholders.Select(p => new PlaceholderInline(p).Key).OfType<string>();
        Assert.Equal(facts.RequiredReasons.Select(r => r.Key), keys);
        Assert.DoesNotContain(facts.RequiredReasons, r => r.Key.StartsWith("一般公共预算", StringComparison.Ordinal));
    }

    [Fact]
    public void IncomeAndExpenditureAreEachComparedWithLastYearAndTheirOwnBudget()
    {
        var f = Facts2021().Fiscal;
        Assert.Equal((2_668.57m, 512.64m, ChangeKind.Decrease), (f.Change.Prior.Value, f.Change.Amount.Value, f.Change.Kind));
        Assert.Equal((2_600.02m, 444.09m, ChangeKind.Decrease), (f.ExpenditureChange!.Prior.Value, f.ExpenditureChange.Amount.Value, f.ExpenditureChange.Kind));
        Assert.Equal((2_039.11m, 2_150.00m), (f.IncomeVariance!.Budget.Value, f.IncomeVariance.Actual.Value));
        Assert.Equal((2_100.00m, 2_155.93m), (f.Variance.Budget.Value, f.Variance.Actual.Value));
    }

    [Fact]
    public void TheTemplateSaysEachSideWithItsOwnFigures()
    {
        var text = SentenceText.Normalise(SentenceText.MarkdownBody(ReportTemplateRenderer.Render(Facts2021(), RepoPaths.Templates).Markdown));
        Assert.Contains("2021年度财政拨款支出总计2155.93万元，与上年相比，减少444.09万元，下降17.08%，主要原因是：我单位2020年部分项目支出", text, StringComparison.Ordinal);
        Assert.Contains("与年初预算数相比情况：财政拨款收入年初预算数2039.11万元，决算数2150.00万元，预决算差异率5.44%，主要原因是：", text, StringComparison.Ordinal);
        Assert.Contains("财政拨款支出年初预算数2100.00万元，决算数2155.93万元，预决算差异率2.66%，主要原因是：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FourReasonsAreAskedInDocumentOrderAndTheCombinedOnesAreNot()
    {
        var keys = Facts2021().RequiredReasons.Select(r => r.Key).Where(k => k.StartsWith("财政拨款", StringComparison.Ordinal)).ToList();
        Assert.Equal([ReasonKeys.财政拨款收入上年, ReasonKeys.财政拨款支出上年, ReasonKeys.财政拨款收入预算, ReasonKeys.财政拨款支出预算], keys);
        Assert.All(keys, k => Assert.Contains(k, FormatLibrary.Repository[2021].GenericReasonKeys));
    }

    [Fact]
    public void The2024FormatKeepsOneSentenceAndOneBudget()
    {
        var facts = ReportFactsBuilder.Build(Seed004.UnitYear);
        Assert.Null(facts.Fiscal.ExpenditureChange);
        Assert.Null(facts.Fiscal.IncomeVariance);
        var keys = facts.RequiredReasons.Select(r => r.Key).Where(k => k.StartsWith("财政拨款", StringComparison.Ordinal)).ToList();
        Assert.Equal([ReasonKeys.财政拨款上年, ReasonKeys.财政拨款预算], keys);
    }
}
