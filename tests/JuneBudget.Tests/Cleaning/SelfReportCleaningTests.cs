using System.Text;
using AngleSharp.Html.Parser;
using JuneBudget.Cleaning;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Tests.SelfReport;
using JuneBudget.Tests.Support;
using F = JuneBudget.Format.SelfReportFields;

namespace JuneBudget.Tests.Cleaning;

/// <summary>
/// The 自评报告's texts (整体自评 sheets) go through the clean-up as the 自评表's do: full-width
/// punctuation inside Chinese, names as typed, and a text cut off mid-list is TEXT-02 naming its cell.
/// </summary>
public sealed class SelfReportCleaningTests
{
    private const string Title = "高新区（新市区）招商服务局2023年度部门整体支出绩效自评报告";
    private static readonly string File = SelfReportUnits.Seed001.FileName;
    private static readonly SourceRef FunctionsCell = new(File, "整体自评", "B17");
    private static readonly SourceRef ImprovementCell = new(File, "整体自评-指标", "L4");

    /// <summary>Seed 001's unit with ASCII punctuation typed in its texts and in a name.</summary>
    private static BudgetWorkbook Typed(string functions = "招商引资,协调服务;组织(重大)交流活动", string improvement = "强化学习:提高水平")
    {
        var wb = SelfReportUnits.Seed001;
        var s = wb.SelfReport!;
        var texts = s.Texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        texts[F.主要职能] = new TextValue(functions, FunctionsCell);
        return wb with
        {
            SelfReport = s with
            {
                Texts = texts,
                Projects = [s.Projects[0] with { Name = "招商(引资)经费", Effect = new TextValue("举办推介会,签约项目", null) }],
                Indicators =
                [
                    s.Indicators[0] with { Improvement = new TextValue(improvement, ImprovementCell), Deviation = new TextValue("指标设置不合理;已调整", null) },
                    .. s.Indicators.Skip(1),
                ],
            },
        };
    }

    [Fact]
    public void TheSelfReportTextsAreCleanedAndNamesStayAsTyped()
    {
        var cleaned = TextCleaning.Clean(Typed()).SelfReport!;
        Assert.Equal("招商引资，协调服务；组织（重大）交流活动", cleaned.Text(F.主要职能).Value);
        Assert.Equal(FunctionsCell, cleaned.Text(F.主要职能).Source);
        Assert.Equal(("招商(引资)经费", "举办推介会，签约项目"), (cleaned.Projects[0].Name, cleaned.Projects[0].Effect.Value));
        var indicator = cleaned.Indicators[0];
        Assert.Equal(("强化学习：提高水平", "指标设置不合理；已调整"), (indicator.Improvement.Value, indicator.Deviation.Value));
        Assert.Equal(SelfReportUnits.Seed001.SelfReport!.Text(F.建议), cleaned.Text(F.建议));
    }

    [Fact]
    public void TheBuiltDocumentPrintsTheCleanedTexts()
    {
        var wb = Typed();
        var documents = new UnitReportBuilder(RepoPaths.Templates, RepoTemplates.Pages).Build(SelfReportUnits.Unit(wb), [], wb.Unit.Name);
        var html = Encoding.UTF8.GetString(documents.Files.Single(f => f.Name == Title + ".html").Content.ToArray());
        var main = new HtmlParser().ParseDocument(html).QuerySelector("main")!.TextContent;
        Assert.Contains("招商引资，协调服务；组织（重大）交流活动", main, StringComparison.Ordinal);
        Assert.Contains("改进措施：强化学习：提高水平。", main, StringComparison.Ordinal);
        Assert.Contains("招商(引资)经费", main, StringComparison.Ordinal);
        Assert.DoesNotContain("招商引资,协调", main, StringComparison.Ordinal);
    }

    [Fact]
    public void ATextCutOffMidListIsTextTwoNamingItsCell()
    {
        var findings = TextCleaning.Apply(SelfReportUnits.Unit(Typed(functions: "招商引资\n协调服务、", improvement: "强化学习, "))).Findings;
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((CleaningFindings.CutOffText, Severity.Warning), (f.RuleId, f.Severity)));
        var functions = Assert.Single(findings, f => f.Cells.Contains(FunctionsCell));
        Assert.Contains("整体自评的“主要职能”以“、”结尾", functions.Message, StringComparison.Ordinal);
        Assert.Contains("单元格 B17", functions.Message, StringComparison.Ordinal);
        var improvement = Assert.Single(findings, f => f.Cells.Contains(ImprovementCell));
        Assert.Contains("整体绩效指标“引进企业数量”的改进措施以“，”结尾", improvement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSampleTextsGiveNoFinding() =>
        Assert.Empty(TextCleaning.Apply(SelfReportUnits.Unit(SelfReportUnits.Seed001)).Findings);
}
