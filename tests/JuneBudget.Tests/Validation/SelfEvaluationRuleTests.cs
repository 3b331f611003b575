using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Validation;

/// <summary>项目支出绩效自评表 arithmetic and the 预算绩效 totals, on the sample's first 自评表.</summary>
public sealed class SelfEvaluationRuleTests
{
    private static readonly BudgetWorkbook Sample = SampleUnit.Y2024;
    private static ProjectEvaluation First => Sample.Projects[0];
    private static SourceRef ProjectCell(string a1) => Sample.Cell(SheetNames.绩效自评项目, a1);
    private static SourceRef IndicatorCell(string a1) => Sample.Cell(SheetNames.绩效自评指标, a1);

    private static Finding Breaks(Func<ProjectEvaluation, ProjectEvaluation> edit, string id, SourceRef cell, Severity severity = Severity.Error) =>
        SampleUnit.Breaks(Sample.WithProject(0, edit), id, severity, cell);

    [Fact, Raises("E-01")]
    public void AFundingTotalThatIsNotTheSumOfItsSourcesIsAnError()
    {
        var cell = ProjectCell("E2");
        var finding = Breaks(p => p with { Total = p.Total with { FullYearBudget = new(p.Total.FullYearBudget.Value + 1, cell) } }, "E-01", cell);
        Assert.Contains($"自评表“{First.Name}” 年度资金总额全年预算数", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("E-02")]
    public void AStatedExecutionRateThatIsNotExecutedOverBudgetIsAnError()
    {
        var cell = ProjectCell("P2");
        var finding = Breaks(p => p with { ExecutionRate = new Quantity(0.9m, cell) }, "E-02", cell);
        Assert.Contains("执行率 90.00% ≠ 全年执行数", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("E-03")]
    public void AFundingScoreThatIsNotWeightTimesRateIsAnError()
    {
        var cell = ProjectCell("Q2");
        var finding = Breaks(p => p with { FundingScore = new Quantity(9m, cell) }, "E-03", cell);
        Assert.Equal(10m, finding.Expected);
    }

    [Fact, Raises("E-03")]
    public void AFundingScoreOffByOneCentIsARoundingNote()
    {
        var cell = ProjectCell("Q2");
        Breaks(p => p with { FundingScore = new Quantity(9.99m, cell) }, "E-03", cell, Severity.RoundingNote);
    }

    [Fact, Raises("E-04")]
    public void AnIndicatorScoredAboveItsWeightIsAnError()
    {
        var cell = IndicatorCell("H2");
        var finding = Breaks(p => p with
        {
            Indicators = [p.Indicators[0] with { Score = new Quantity(p.Indicators[0].Weight.Value + 1, cell) }, .. p.Indicators.Skip(1)],
        }, "E-04", cell);
        Assert.Contains("得分", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("E-05")]
    public void WeightsThatDoNotAddUpTo100AreAnError()
    {
        var cell = IndicatorCell("G2");
        var finding = Breaks(p => p with
        {
            Indicators = [p.Indicators[0] with { Weight = new Quantity(p.Indicators[0].Weight.Value + 1, cell) }, .. p.Indicators.Skip(1)],
        }, "E-05", cell);
        Assert.Equal(101m, finding.Expected);
        Assert.Equal(100m, finding.Actual);
    }

    [Fact, Raises("E-06")]
    public void ATotalScoreThatIsNotTheSumOfScoresIsAnError()
    {
        var cell = ProjectCell("T2");
        Breaks(p => p with { TotalScore = new Quantity(99m, cell) }, "E-06", cell);
    }

    [Fact, Raises("E-07")]
    public void AProjectCostIndicatorThatDisagreesWithExecutionIsAnError()
    {
        var cell = IndicatorCell("F2");
        var finding = Breaks(p => p with
        {
            Indicators = [p.Indicators[0] with { Level2 = "成本指标", Level3 = "项目总成本", Actual = "=1.00 万元", Source = cell }, .. p.Indicators.Skip(1)],
        }, "E-07", cell);
        Assert.Equal(First.Total.Executed.Value, finding.Expected);
        Assert.Equal(1m, finding.Actual);
    }

    [Theory]
    [InlineData("项目总成本", "=0.99万元")]   // agrees with 全年执行数 0.99
    [InlineData("邮寄费用月均成本", "=1.00 万元")]   // not the project's cost
    [InlineData("项目总成本", "20.5")]   // no unit: not read (seed 003 writes this)
    public void CostIndicatorsThatDoNotClearlyStateTheProjectCostAreLeftAlone(string name, string actual)
    {
        Assert.Equal(0.99m, First.Total.Executed.Value);
        var edited = Sample.WithProject(0, p => p with
        {
            Indicators = [p.Indicators[0] with { Level2 = "成本指标", Level3 = name, Actual = actual }, .. p.Indicators.Skip(1)],
        });
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "E-07");
    }

    [Fact, Raises("E-08")]
    public void APerformanceProjectCountThatIsNotTablesPlusOtherProjectsIsAnError()
    {
        var cell = Sample.Cell(SheetNames.预算绩效, "B4");
        var edited = Sample with { Performance = Sample.Performance with { ProjectCount = new Quantity(18m, cell) } };
        var finding = SampleUnit.Breaks(edited, "E-08", Severity.Error, cell);
        Assert.Equal(19m, finding.Expected);
    }

    [Fact, Raises("E-09")]
    public void ALineExecutedBeyondItsBudgetIsAnErrorEvenWhenTheStatedRateMatches()
    {
        // The lines still add up and the 执行率 is written to match: only the line-by-line check sees it.
        var executed = ProjectCell("L2");
        var total = ProjectCell("F2");
        var rate = ProjectCell("P2");
        var edited = Sample.WithProject(0, p =>
        {
            var now = p.CurrentAppropriation.FullYearBudget.Value + 1m;
            var totalNow = p.Total.Executed.Value - p.CurrentAppropriation.Executed.Value + now;
            return p with
            {
                CurrentAppropriation = p.CurrentAppropriation with { Executed = new(now, executed) },
                Total = p.Total with { Executed = new(totalNow, total) },
                ExecutionRate = new Quantity(totalNow / p.Total.FullYearBudget.Value, rate),
            };
        });
        var finding = SampleUnit.Breaks(edited, "E-09", Severity.Error, executed, total, rate);
        Assert.Contains($"自评表“{First.Name}” 当年财政拨款 全年执行数 {First.CurrentAppropriation.FullYearBudget.Value + 1m:N2} 万元（单元格 L2） > 全年预算数",
            finding.Message, StringComparison.Ordinal);
        Assert.Contains("该行执行率为 ", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("E-10")]
    public void MoneyExecutedOnALineWithNoBudgetIsAnError()
    {
        // Seed 000's 外地驻乌商会管理和服务费: 当年财政拨款 budgeted 0.64 executed 0, 其他资金 budgeted 0 executed 0.64.
        var moved = First.CurrentAppropriation.Executed.Value;
        var appropriation = ProjectCell("L2");
        var other = ProjectCell("R2");
        var edited = Sample.WithProject(0, p => p with
        {
            CurrentAppropriation = p.CurrentAppropriation with { Executed = new(0m, appropriation) },
            Other = p.Other with { FullYearBudget = new(0m, ProjectCell("Q2")), Executed = new(moved, other) },
        });
        Assert.True(moved > 0);
        var finding = SampleUnit.Breaks(edited, "E-10", Severity.Error, other, appropriation);
        Assert.Contains("其他资金 全年预算数为 0（单元格 Q2），全年执行数却为", finding.Message, StringComparison.Ordinal);
        Assert.Equal(moved, finding.Actual);
    }

    [Fact, Raises("E-11")]
    public void ComponentCostsAboveExecutionAreAnError()
    {
        var cell = IndicatorCell("F2");
        var executed = First.Total.Executed.Value;
        var finding = Breaks(p => p with
        {
            Indicators = [p.Indicators[0] with { Level2 = "成本指标", Level3 = "印刷成本", Actual = $"{executed + 1m:0.00}万元", ActualSource = cell }, .. p.Indicators.Skip(1)],
        }, "E-11", cell);
        Assert.Contains("“印刷成本”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("（单元格 F2）", finding.Message, StringComparison.Ordinal);
        Assert.Equal(executed, finding.Expected);
    }

    [Theory]
    [InlineData("印刷成本", "0.99万元")]   // within 全年执行数 0.99
    [InlineData("人均培训成本", "5 万元")]   // an average, not a part
    [InlineData("印刷成本", "80 元")]   // not in 万元
    public void CostIndicatorsThatAreNotPartsAboveExecutionAreLeftAlone(string name, string actual)
    {
        var edited = Sample.WithProject(0, p => p with
        {
            Indicators = [p.Indicators[0] with { Level2 = "成本指标", Level3 = name, Actual = actual }, .. p.Indicators.Skip(1)],
        });
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "E-11");
    }

    [Fact]
    public void E07NamesThe实际完成值CellToChange()
    {
        var name = IndicatorCell("C2");
        var actual = IndicatorCell("F2");
        var finding = SampleUnit.Breaks(Sample.WithProject(0, p => p with
        {
            Indicators = [p.Indicators[0] with { Level2 = "成本指标", Level3 = "项目总成本", Actual = "=1.00 万元", Source = name, ActualSource = actual }, .. p.Indicators.Skip(1)],
        }), "E-07", Severity.Error, actual, name);
        Assert.DoesNotContain(name, finding.Cells);
        Assert.Contains("（单元格 F2）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("请把该实际完成值改为 0.99 万元", finding.Message, StringComparison.Ordinal);
    }
}
