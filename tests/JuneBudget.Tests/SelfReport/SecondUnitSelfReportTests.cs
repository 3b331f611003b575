using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.SelfReport;

/// <summary>A unit unlike seed 001 (<see cref="SelfReportUnits.Second"/>), sentence by sentence.</summary>
public sealed class SecondUnitSelfReportTests
{
    private static readonly Lazy<(JuneBudget.Facts.SelfReportFacts Facts, JuneBudget.Templating.RenderedReport Report, string Text)> Rendered =
        new(() => SelfReportUnits.Render(SelfReportUnits.Second));

    private static string Text => Rendered.Value.Text;

    [Theory]
    [InlineData("年初批复预算数340.57万元，年中调增数20.00万元，调整后全年预算数360.57万元，预算调整率5.87%。")]
    [InlineData("全年预算数为360.57万元，全年实际支出资金307.27万元，预算执行率为85.22%。")]
    [InlineData("2023年全年预算金额为360.57万元，执行金额为307.27万元，执行率为85.22%，得8.52分。")]
    [InlineData("2023年本单位共有2个项目，项目总金额为54.91万元，执行金额为8.21万元。其中：")]
    [InlineData("（1）本级财力项目：共计1个项目，项目总金额为30.00万元，执行金额为5.21万元。项目为招商引资经费，预算金额为30.00万元，执行金额为5.21万元，举办推介会3场。")]
    [InlineData("（2）上年结转项目：共计1个项目，项目总金额为24.91万元，执行金额为3.00万元。项目为驻点招商经费，预算金额为24.91万元，执行金额为3.00万元。")]
    [InlineData("该指标权重分值为10分，自评得分2分。")]
    [InlineData("该指标权重分值为10分，自评得分9分。")]
    [InlineData("2023年度部门整体支出绩效自评综合得分89.52分，评价结果为\"良\"。")]
    public void TheSentenceIsGenerated(string sentence) => Assert.Contains(sentence, Text, StringComparison.Ordinal);

    [Fact]
    public void ThereIsNoDecreaseClauseWithoutADecrease() =>
        Assert.DoesNotContain("调减数", Text, StringComparison.Ordinal);

    [Fact]
    public void TheFiguresAreComputedNotTyped()
    {
        var f = Rendered.Value.Facts;
        Assert.Equal(360.57m, f.FullYearBudget.Value);
        Assert.Equal(20m / 340.57m * 100m, f.AdjustmentRate.Value);
        Assert.Equal(307.27m / 360.57m * 100m, f.ExecutionRate.Value);
        Assert.Equal(10m * (307.27m / 360.57m * 100m) / 100m, f.ExecutionScore.Value);
        Assert.Equal(8.21m / 54.91m * 100m, f.ProjectExecutionRate.Value);
        Assert.Equal("良", f.Grade);
    }

    [Theory]
    [InlineData(90, "优")]
    [InlineData(89.995, "优")]   // compared as printed: 90.00
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void TheGradeComesFromTheBandsOfTheFormatFile(double score, string grade) =>
        Assert.Equal(grade, SelfReportUnits.Format.Grade((decimal)score));
}
