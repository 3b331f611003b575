using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Markdown;

public sealed class SelfEvaluationGridsTests
{
    private static GridTable Form(bool carriedOver = false) =>
        Forms(GridModels.Workbook(projects: [GridModels.ExpertReview(carriedOver), GridModels.ExpertReview()]))[0];

    // The title comes from templates/文字/自评表标题.sbn.
    private static IReadOnlyList<GridTable> Forms(JuneBudget.Model.BudgetWorkbook workbook) =>
        SelfEvaluationGrids.Build(workbook, RepoTemplates.GridWords(workbook));

    private static IReadOnlyList<string> Texts(IReadOnlyList<GridCell> row) => [.. row.Select(c => c.Text)];

    [Fact]
    public void EachProjectIsOneFormNumberedInWorkbookOrder()
    {
        var forms = Forms(GridModels.Workbook(projects: [GridModels.ExpertReview(), GridModels.ExpertReview()]));
        Assert.Equal(["P01", "P02"], forms.Select(f => f.Id));
        Assert.Equal("项目支出绩效自评表\n（2024年度）", forms[0].Title);
        Assert.All(forms, f => GridGeometry.Place(f));
    }

    [Fact]
    public void AFormsTitleRowsAreItsHeaderRowsSoAContinuedPageNamesTheProject()
    {
        var form = Form();
        Assert.True(form.IsForm);
        Assert.Equal(2, form.HeaderRowCount);
        Assert.Equal(["项目名称", "主管部门"], form.Rows.Take(form.HeaderRowCount).Select(r => r[0].Text));
    }

    [Fact]
    public void TheFundingBlockListsTotalCurrentAndOtherFundsWithScoreOnlyOnTheTotal()
    {
        var form = Form();
        Assert.Equal(["项目名称", "工业和信息化项目专家评审费"], Texts(form.Rows[0]));
        Assert.Equal(["主管部门", "乌鲁木齐市工业和信息化局", "实施单位", "乌鲁木齐市工业和信息化局"], Texts(form.Rows[1]));
        Assert.Equal(("项目资金（万元）", 4), (form.Rows[2][0].Text, form.Rows[2][0].RowSpan));
        Assert.Equal(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], Texts(form.Rows[2]).Skip(1));
        Assert.Equal(["年度资金总额", "9.00", "0.99", "0.99", "10.00", "100.00%", "10.00分"], Texts(form.Rows[3]));
        Assert.Equal(["其中：当年财政拨款", "9.00", "0.99", "0.99", "—", "—", "—"], Texts(form.Rows[4]));
        Assert.Equal("其他资金", form.Rows[5][0].Text);
    }

    [Fact]
    public void CarriedOverFundsGetTheirOwnRowOnlyWhenPresent()
    {
        var form = Form(carriedOver: true);
        Assert.Equal(5, form.Rows[2][0].RowSpan);
        Assert.Equal(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"], form.Rows.Skip(3).Take(4).Select(r => r[0].Text));
        Assert.DoesNotContain(Form().Rows, r => r[0].Text == "上年结转资金");
    }

    [Fact]
    public void IndicatorLevelsAreMergedDownTheirGroups()
    {
        var form = Form();
        var header = form.Rows.First(r => r[0].Text == "年度绩效指标完成情况");
        Assert.Equal(5, header[0].RowSpan);
        var at = form.Rows.ToList().IndexOf(header);
        Assert.Equal([("产出指标", 3), ("数量指标", 2)], form.Rows[at + 1].Take(2).Select(c => (c.Text, c.RowSpan)));
        Assert.Equal(["发放专家费人数", ">=8次", "=8次", "20.00", "20.00", ""], Texts(form.Rows[at + 2]));
        Assert.Equal(("质量指标", 1), (form.Rows[at + 3][0].Text, form.Rows[at + 3][0].RowSpan));
        Assert.Equal([("效益指标", 1), ("社会效益指标", 1)], form.Rows[at + 4].Take(2).Select(c => (c.Text, c.RowSpan)));
    }

    [Fact]
    public void TheTotalRowAddsTheFundingWeightToTheIndicatorWeights()
    {
        var total = Form().Rows[^1];
        Assert.Equal([("总分", 6), ("100.00", 1), ("100.00分", 1), ("", 1)], total.Select(c => (c.Text, c.ColSpan)));
    }

    [Fact]
    public void TheGoalRowsSplitExpectedAndAchievedHalves()
    {
        var form = Form();
        var goal = form.Rows.First(r => r[0].Text == "年度总体目标");
        Assert.Equal([("年度总体目标", 1, 2), ("预期目标", 4, 1), ("实际完成情况", 4, 1)], goal.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
    }
}
