using JuneBudget.Cleaning;
using JuneBudget.Model;
using JuneBudget.Tests.Markdown;
using JuneBudget.Tests.Rendering;

namespace JuneBudget.Tests.Cleaning;

/// <summary>The clean-up stage: which texts it cleans, which it leaves as typed, and the TEXT findings with their cells.</summary>
public sealed class TextCleaningTests
{
    private static readonly SourceRef GoalCell = new(GridModels.File, "绩效自评-项目", "V3");
    private static readonly SourceRef TargetCell = new(GridModels.File, "绩效自评-指标", "E2");

    private static BudgetWorkbook WithProject(Func<ProjectEvaluation, ProjectEvaluation> edit) =>
        GridModels.Workbook(projects: [edit(GridModels.ExpertReview())]);

    [Fact]
    public void SelfEvaluationTextsReasonsAndDescriptionsAreCleanedNamesStayAsTyped()
    {
        var workbook = WithProject(p => p with
        {
            Name = "乌鲁木齐市\"十五五\"专项(上年结转资金)",
            Department = "工业和信息化局(本级)",
            Goal = "组织专家评审,形成意见(报告)",
            Achieved = "完成率100%,超出预期",
            Indicators = [p.Indicators[0] with { Target = ">=8次", Actual = "=8次;全部完成", Deviation = "无偏差:按计划执行" }],
        });
        workbook = workbook with
        {
            Reasons = new ReasonBook(new Dictionary<string, TextValue> { ["k"] = new("本年增加\"小升规\"专项,导致支出增加", null) }),
            Performance = workbook.Performance with { Achievements = new TextValue("一是加强管理;二是提高效益", null) },
        };

        var cleaned = TextCleaning.Clean(workbook);

        var project = cleaned.Projects.Single();
        Assert.Equal("乌鲁木齐市\"十五五\"专项(上年结转资金)", project.Name);
        Assert.Equal("工业和信息化局(本级)", project.Department);
        Assert.Equal("组织专家评审，形成意见（报告）", project.Goal);
        Assert.Equal("完成率100%，超出预期", project.Achieved);
        Assert.Equal((">=8次", "=8次；全部完成", "无偏差：按计划执行"), (project.Indicators[0].Target, project.Indicators[0].Actual, project.Indicators[0].Deviation));
        Assert.Equal("本年增加“小升规”专项，导致支出增加", cleaned.Reasons.ByKey["k"].Value);
        Assert.Equal("一是加强管理；二是提高效益", cleaned.Performance.Achievements.Value);
        Assert.Equal(workbook.Unit.Name, cleaned.Unit.Name);
    }

    [Fact]
    public void AnEmptyRequiredTextIsAFindingNamingItsCell()
    {
        var workbook = WithProject(p => p with { Goal = "  ", GoalSource = GoalCell });
        var finding = Assert.Single(TextCleaning.Check(workbook));
        Assert.Equal((CleaningFindings.EmptyText, Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Equal([GoalCell], finding.Cells);
        Assert.Contains("单元格 V3", finding.Message, StringComparison.Ordinal);
        Assert.Contains("预期目标为空", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("召开评审会、发放专家费、")]
    [InlineData("召开评审会，")]
    [InlineData("召开评审会, ")]
    public void ATextEndingMidListIsAFindingNamingItsCell(string target)
    {
        var workbook = WithProject(p => p with { Indicators = [p.Indicators[0] with { Target = target, TargetSource = TargetCell }] });
        var finding = Assert.Single(TextCleaning.Check(TextCleaning.Clean(workbook)));
        Assert.Equal(CleaningFindings.CutOffText, finding.RuleId);
        Assert.Equal([TargetCell], finding.Cells);
        Assert.Contains("年度指标值", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutItsOwnCellAFindingNamesTheRowsCell()
    {
        var workbook = WithProject(p => p with { Achieved = "" });
        var finding = Assert.Single(TextCleaning.Check(workbook));
        Assert.Equal(GridModels.ExpertReview().Source, finding.Cells.Single());
    }

    [Fact]
    public void CompleteTextsGiveNoFinding() =>
        Assert.Empty(TextCleaning.Check(GridModels.Workbook(projects: [GridModels.ExpertReview()])));

    [Fact]
    public void TheSampleDocumentsFormsHaveNoAsciiPunctuationBesideChinese()
    {
        var texts = SampleReport.Value.Grids.Values.Where(g => g.IsForm)
            .SelectMany(g => g.Rows.SelectMany(r => r)).Select(c => c.Text).ToList();
        var projectNames = SampleReport.Value.Workbook.Projects.Select(p => p.Name).ToHashSet();
        var offending = texts.Where(t => !projectNames.Contains(t) && t != ChinesePunctuation.Normalize(t)).ToList();
        Assert.Empty(offending);
        // The sample's forms were typed with ASCII commas (seed 004): the clean-up did change them.
        Assert.Contains(texts, t => t.Contains("%，", StringComparison.Ordinal));
    }
}
