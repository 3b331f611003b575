using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using Xunit.Abstractions;

namespace JuneBudget.Tests.Validation;

/// <summary>Seed 003's hand-written contradictions, rebuilt as a workbook, are caught.</summary>
public sealed class Seed003Tests(ITestOutputHelper output)
{
    private static readonly BudgetWorkbook Workbook = Seed003Workbook.Build();
    private readonly IReadOnlyList<Finding> findings = new BudgetValidator().Validate(new UnitYear(Workbook, null, Workbook.PriorYearSheet));

    [Fact]
    public void EveryContradictionOfTheSeedIsAnErrorAndNothingElseIs()
    {
        foreach (var f in findings) output.WriteLine($"{f.RuleId} {f.Severity} {f.Message}");
        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId).ToList();
        // T01-1/T02-1: 本年收入 2,165.10 ≠ 财政拨款 1,675.95 + 其他 2.67 (§一/§二 vs §二);
        // 公开04表 本年收入 2,155.93 (§四) ≠ 01 财政拨款 1,675.95; X-04: 财政拨款支出 2,155.93 > 本年支出 2,116.48;
        // 04 一般公共预算 2,155.93 (§四) ≠ 05 合计 2,114.60 (§五); S-04: 小微 47.19 > 中小企业 0;
        // S-07: 公务接待费 0.06 but 0 批次; E-07: 项目总成本 37.12 ≠ 执行 37.62 and 269.44 ≠ 264.44.
        Assert.Equal(["E-07", "E-07", "S-04", "S-07", "T01-1", "T02-1", "X-02", "X-04", "X-06"], errors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSeedsItemListIsOneCentShortOfItsTotalARoundingNote()
    {
        // §五 items add up to 2,114.59 (基本 1,259.39) while the text states 2,114.6 (基本 1,259.4).
        var notes = findings.Where(f => f.Severity == Severity.RoundingNote).ToList();
        Assert.Equal(["T05-1", "T05-1"], notes.Select(f => f.RuleId));
        Assert.Contains(notes, f => f.Message.Contains("合计 2,114.60 万元 ≠", StringComparison.Ordinal) && f.Expected == 2_114.59m);
    }

    [Fact]
    public void ContradictoryPriorYearFiguresOfItsYearOverYearSentencesAreWarnings()
    {
        // 收入 上年 2,186.52 vs 支出 上年 2,492.19; 财政拨款收入 上年 2,668.57 vs 支出 2,600.02; 三公 9.91 vs 0 + 9.85 + 0.11 = 9.96.
        var warnings = findings.Where(f => f.Severity == Severity.Warning && f.RuleId == "W-03").ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, f => f.Message.Contains("“三公”经费合计 9.91 万元 ≠ 因公出国（境）费 0.00 万元 + 公务用车购置及运行维护费 9.85 万元 + 公务接待费 0.11 万元 = 9.96 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void TheMismatchedProjectCostsNameTheIndicatorAndTheExecutionCells()
    {
        var costs = findings.Where(f => f.RuleId == "E-07").ToList();
        Assert.Equal([37.62m, 264.44m], costs.Select(f => f.Expected));
        Assert.Equal([37.12m, 269.44m], costs.Select(f => f.Actual));
        Assert.All(costs, f => Assert.Equal(2, f.Cells.Count));
    }

    [Fact]
    public void FourOfficialCarsHeldWithTwoVehiclesOwnedIsFlagged()
    {
        // Seed 003: “公务用车保有量4辆” but 国有资产 “车辆2辆”.
        var finding = Assert.Single(findings, f => f.RuleId == "W-05");
        Assert.Equal((2m, 4m), (finding.Expected!.Value, finding.Actual!.Value));
    }
}
