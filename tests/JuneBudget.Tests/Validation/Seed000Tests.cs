using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using Xunit.Abstractions;

namespace JuneBudget.Tests.Validation;

/// <summary>Seed 000's hand-written contradictions, rebuilt as a workbook (<see cref="Seed000Workbook"/>), are caught.</summary>
public sealed class Seed000Tests(ITestOutputHelper output)
{
    private static readonly BudgetWorkbook Workbook = Seed000Workbook.Build();
    private readonly IReadOnlyList<Finding> findings = new BudgetValidator().Validate(new UnitYear(Workbook, null, Workbook.PriorYearSheet));

    [Fact]
    public void TheWorkbookIsInThe2022Format() => Assert.Equal(2022, Workbook.Unit.Format.Year);

    [Fact]
    public void EveryContradictionOfTheSeedIsAnErrorAndNothingElseIs()
    {
        foreach (var f in findings) output.WriteLine($"{f.RuleId} {f.Severity} {f.Message}");
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).ToList();
        // T01-5: §一 收入总计 803.94 ≠ 支出总计 802.68; X-03: §三 本年支出 736.16 ≠ §一 本年支出合计 735.91.
        Assert.Equal(["T01-5", "X-03"], errors.Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.RuleId == "X-03" && f.Message.Contains("736.16 万元 ≠ 公开01表 本年支出合计 735.91 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryReasonThe2022DocumentStatesIsInTheWorkbookAndNoOtherIsAsked()
    {
        // §四 asks 财政拨款收入/支出 .上年/.预算 separately (not 财政拨款.上年/.预算); §五(一) no 一般公共预算.预算.
        Assert.DoesNotContain(findings, f => f.RuleId == "C-01");
        var keys = JuneBudget.Facts.ReportFactsBuilder.Build(new UnitYear(Workbook, null, Workbook.PriorYearSheet)).RequiredReasons.Select(r => r.Key).ToList();
        Assert.Contains("财政拨款支出.预算", keys);
        Assert.DoesNotContain("财政拨款.上年", keys);
        Assert.DoesNotContain("一般公共预算.预算", keys);
    }

    [Fact]
    public void TheSeedsOneCentDifferencesAreRoundingNotes()
    {
        // 本年收入 750.10 + 年初 53.85 = 803.95 (§一: 803.94); the 项 of §五(三) add up to 735.92 (§五: 735.91),
        // their 基本支出 to 619.07 (§六: 619.06); last year's 项 to 608.68 (735.91 − 127.22 = 608.69).
        var notes = findings.Where(f => f.Severity == Severity.RoundingNote).Select(f => f.RuleId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["T01-2", "T01-3", "T04-6", "T04-6", "T05-1", "T05-1", "W-03"], notes);
        Assert.Contains(findings, f => f.RuleId == "T01-3" && f.Expected == 803.95m && f.Actual == 803.94m);
    }

    [Fact]
    public void TheCopiedRateOfTheExpenditureTotalLeavesContradictoryPriorYearTotals()
    {
        // §一 gives both totals “增加133.64万元”: last year's 收入总计 670.30 and 支出总计 669.04 disagree.
        var warning = Assert.Single(findings, f => f.Severity == Severity.Warning);
        Assert.Equal("W-03", warning.RuleId);
        Assert.Contains("收入总计 670.30 万元 ≠ 支出总计 669.04 万元", warning.Message, StringComparison.Ordinal);
    }
}
