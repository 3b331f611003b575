using JuneBudget.Facts;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Narrative;

/// <summary>A unit unlike seed 004 gets the sections and wordings its figures call for.</summary>
public sealed class SecondUnitTests
{
    private static readonly Lazy<(ReportFacts Facts, RenderedReport Report, string Text)> Rendered = new(() =>
    {
        var facts = ReportFactsBuilder.Build(SecondUnitSample.UnitYear());
        var report = ReportTemplateRenderer.Render(facts, RepoPaths.Templates);
        return (facts, report, SentenceText.Normalise(report.Markdown));
    });

    private static string Text => Rendered.Value.Text;

    [Theory]
    [InlineData("从部门决算单位构成看，乌鲁木齐市测试局部门决算包括：乌鲁木齐市测试局本级决算及所属单位乌鲁木齐市测试中心决算。")]
    [InlineData("乌鲁木齐市测试局本级下设3个科室，分别是：办公室、测试一科、测试二科。纳入乌鲁木齐市测试局2024年度部门决算编制范围的单位名单见下表：")]
    [InlineData("|2|乌鲁木齐市测试中心|事业单位|")]
    [InlineData("实有人数50人，其中：在职人员40人（行政25人，事业15人），增加3人；离休人员0人，减少1人；退休人员10人，增加0人。")]
    [InlineData("（1）负责全市测试工作。（2）承办市委交办的其他事项。")]
    public void ADepartmentDescribesItsMemberUnits(string sentence) => Assert.Contains(sentence, Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("1.一般公共服务支出（类）250.00万元，占69.44%。2.农林水支出（类）80.00万元，占22.22%。3.住房保障支出（类）30.00万元，占8.33%。")]
    [InlineData("1.一般公共服务支出（类）人大事务（款）行政运行（项）：支出决算数为250.00万元，比上年决算增加10.00万元，增长4.17%，主要原因是：原因一般公共预算.2010101.上年。")]
    [InlineData("2.一般公共服务支出（类）人大事务（款）一般行政管理事务（项）：支出决算数为0.00万元，比上年决算减少15.00万元，下降100.00%，主要原因是：原因一般公共预算.2010102.上年。")]
    [InlineData("3.农林水支出（类）农业农村（款）行政运行（项）：支出决算数为80.00万元，比上年决算增加80.00万元，增长100.00%，主要原因是：原因一般公共预算.2130101.上年。")]
    [InlineData("4.住房保障支出（类）住房改革支出（款）住房公积金（项）：支出决算数为30.00万元，与上年决算持平，主要原因是：原因一般公共预算.2210201.上年。")]
    [InlineData("人员经费220.00万元，包括：基本工资、退休费。公用经费80.00万元，包括：办公费、办公设备购置。")]
    public void ItemsAreIncreasedDroppedNewOrUnchanged(string sentence) => Assert.Contains(sentence, Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("2024年度政府性基金预算财政拨款收入总计100.00万元，其中：年初结转和结余0.00万元，本年收入100.00万元。政府性基金预算财政拨款支出总计100.00万元，其中：年末结转和结余10.00万元，本年支出90.00万元。")]
    [InlineData("政府性基金预算财政拨款收入支出总体与上年相比，增加100.00万元，增长100.00%，主要原因是：原因政府性基金.上年。与年初预算相比，年初预算数0.00万元，决算数90.00万元，主要原因是：原因政府性基金.预算。")]
    [InlineData("1.城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）：支出决算数为90.00万元，比上年决算增加90.00万元，增长100.00%")]
    [InlineData("本部门本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款收入支出决算表为空表。")]
    public void AFundTableNewThisYearIsExplainedAndAnEmptyOneSaysSo(string sentence) => Assert.Contains(sentence, Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("2024年度财政拨款\"三公\"经费支出38.00万元，比上年增加26.00万元，增长216.67%")]
    [InlineData("其中：因公出国（境）费支出0.00万元，占0.00%，与上年持平，主要原因是：原因三公.因公出国.上年。")]
    [InlineData("因公出国（境）费支出0.00万元，无此项支出。单位全年安排的因公出国（境）团组0个，因公出国（境）0人次。")]
    [InlineData("公务用车购置及运行维护费34.00万元，其中：公务用车购置费25.00万元，公务用车运行维护费9.00万元。公务用车运行维护费开支内容包括车辆加油费、保险费等。公务用车购置数1辆，公务用车保有量3辆。公务接待费")]
    [InlineData("公务用车购置费全年预算数25.00万元，决算数25.00万元，预决算差异率0.00%")]
    [InlineData("公务接待费全年预算数5.00万元，决算数4.00万元，预决算差异率-20.00%")]
    [InlineData("机关运行经费支出80.00万元，与上年持平，主要原因是：原因机关运行经费.上年。")]
    [InlineData("房屋1,200.50平方米，价值300.00万元。车辆3辆，价值60.00万元，其中：副部（省）级及以上领导用车0辆、主要负责人用车1辆、")]
    [InlineData("其他用车2辆，其他用车主要是：一般公务用车。")]
    [InlineData("本部门预算绩效评价项目2个，全年预算数95.00万元，全年执行数93.00万元。")]
    [InlineData("本部门无其他需说明的事项。")]
    public void ThreePublicAndOtherMattersFollowTheFigures(string sentence) => Assert.Contains(sentence, Text, StringComparison.Ordinal);

    [Fact]
    public void AMissingReasonIsAVisiblePlaceholderListedInTheReport()
    {
        const string placeholder = "【待补充：主要原因（键：三公.公务接待.上年）】";
        var (_, report, _) = Rendered.Value;
        Assert.Contains("比上年增加⟦", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("主要原因是：" + placeholder + "。", report.Markdown, StringComparison.Ordinal);
        Assert.Equal([placeholder], report.Placeholders);
    }

    [Fact]
    public void RequiredReasonsAreExactlyTheComparisonsTheDocumentMakes()
    {
        var required = Rendered.Value.Facts.RequiredReasons;
        var keys = required.Select(r => r.Key).ToList();
        Assert.Contains("一般公共预算.2130101.上年", keys);
        Assert.Contains("一般公共预算.2010102.上年", keys);
        Assert.Contains("政府性基金.2120801.上年", keys);
        Assert.Contains("政府性基金.预算", keys);
        Assert.DoesNotContain("国有资本经营.上年", keys);
        Assert.DoesNotContain("国有资本经营.预算", keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(required, r => Assert.StartsWith("第二部分", r.Location, StringComparison.Ordinal));
    }

    [Fact]
    public void APrintedNumberLeadsBackToTheCellsItWasComputedFrom()
    {
        var (facts, report, _) = Rendered.Value;
        var total = facts.GeneralBudget.Total;
        Assert.Contains($"⟦360.00|{total.Id}⟧", report.Markdown, StringComparison.Ordinal);
        Assert.Equal([new SourceRef(SecondUnitSample.File, "公开05表", "C7")], report.Sources[total.Id]);
        var growth = facts.GeneralBudget.Change.Rate;
        Assert.Contains(new SourceRef(SecondUnitSample.File, "上年数", "D9"), report.Sources[growth.Id]);
        Assert.Contains(new SourceRef(SecondUnitSample.File, "公开05表", "C7"), report.Sources[growth.Id]);
    }
}
