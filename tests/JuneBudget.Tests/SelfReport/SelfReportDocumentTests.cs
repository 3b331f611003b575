using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Publishing;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Support;
using F = JuneBudget.Format.SelfReportFields;

namespace JuneBudget.Tests.SelfReport;

/// <summary>
/// The 自评报告 as the build writes it (<see cref="UnitReportBuilder"/>): beside the 公开说明, the
/// same checks: the .docx passes the OpenXmlValidator, Word and HTML print the same text, the
/// department's text stays text, and the review pack lists the document.
/// </summary>
public sealed class SelfReportDocumentTests
{
    private const string Title = "高新区（新市区）招商服务局2023年度部门整体支出绩效自评报告";
    private const string Hostile = "<script>alert(1)</script> **粗** [链接](http://x.example) {#title} ⟦1|s1⟧";

    private static UnitDocuments Build(BudgetWorkbook workbook) =>
        new UnitReportBuilder(RepoPaths.Templates, RepoTemplates.Pages).Build(SelfReportUnits.Unit(workbook), [], workbook.Unit.Name);

    private static readonly Lazy<UnitDocuments> Sample = new(() => Build(SelfReportUnits.Seed001));

    private static readonly Lazy<UnitDocuments> HostileSample = new(() =>
    {
        var wb = SelfReportUnits.Seed001;
        var s = wb.SelfReport!;
        var texts = s.Texts.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        texts[F.建议] = new TextValue(Hostile, null);
        return Build(wb with
        {
            SelfReport = s with { Texts = texts, Indicators = [s.Indicators[0] with { Name = Hostile }, .. s.Indicators.Skip(1)] },
        });
    });

    private static byte[] File(UnitDocuments documents, string name) => documents.Files.Single(f => f.Name == name).Content.ToArray();

    private static string Html(UnitDocuments documents, string name = Title + ".html") => Encoding.UTF8.GetString(File(documents, name));

    [Fact]
    public void AUnitWithTheSheetsGetsBothDocumentsEachInThreeFiles()
    {
        var names = Sample.Value.Files.Select(f => f.Name).ToList();
        Assert.Contains(Title + ".docx", names);
        Assert.Contains(Title + ".html", names);
        Assert.Contains(Title + "（审核版）.html", names);
        Assert.Contains("高新区（新市区）招商服务局2023年度部门决算公开说明.docx", names);
        Assert.Equal(
            ["Word", "Html", "ReviewHtml", "Word", "Html", "ReviewHtml"],
            Sample.Value.Checklist.Drafts.Select(d => d.Kind.ToString()));
        Assert.Equal("部门整体支出绩效自评报告", Sample.Value.Checklist.Drafts[3].Document);
        Assert.Equal("部门决算公开说明", Sample.Value.Checklist.Drafts[0].Document);
    }

    private const string BothDocuments = "高新区（新市区）招商服务局2023年度部门决算公开说明、部门整体支出绩效自评报告";

    /// <summary>The review pack names both documents alike: the checklist's and the findings page's titles, the drafts per document.</summary>
    [Fact]
    public void TheReviewPagesNameEachDocument()
    {
        var checklist = new HtmlParser().ParseDocument(Html(Sample.Value, "审核清单.html"));
        Assert.Equal("审核清单：" + BothDocuments, checklist.QuerySelector("h1")!.TextContent);
        Assert.Equal("审核清单：" + BothDocuments, checklist.Title);
        var lines = checklist.QuerySelectorAll("p").Where(p => p.TextContent.Contains("草稿：", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var (line, document) in lines.Zip(new[] { "部门决算公开说明", "部门整体支出绩效自评报告" }))
        {
            Assert.StartsWith(document + "草稿：", line.TextContent, StringComparison.Ordinal);
            Assert.Equal(
                [$"高新区（新市区）招商服务局2023年度{document}.docx", $"高新区（新市区）招商服务局2023年度{document}.html", $"高新区（新市区）招商服务局2023年度{document}（审核版）.html"],
                line.QuerySelectorAll("a").Select(a => a.TextContent));
        }
        var findings = new HtmlParser().ParseDocument(Html(Sample.Value, "校验结果.html"));
        Assert.Equal("校验结果：" + BothDocuments, findings.QuerySelector("h1")!.TextContent);
    }

    /// <summary>On the index every draft of a unit with two documents says which document it is, the 公开说明's too.</summary>
    [Fact]
    public void TheIndexLabelsEveryDraftWithItsDocument()
    {
        var checklist = Sample.Value.Checklist;
        var html = BatchIndexPage.Render(RepoTemplates.Pages, [UnitSummary.From(checklist, checklist.Drafts, null, null)], []);
        var labels = new HtmlParser().ParseDocument(html).QuerySelectorAll("td.drafts a").Select(a => a.TextContent).ToList();
        Assert.Equal(
            ["部门决算公开说明 Word 稿", "部门决算公开说明 网页稿", "部门决算公开说明 审核版网页",
             "部门整体支出绩效自评报告 Word 稿", "部门整体支出绩效自评报告 网页稿", "部门整体支出绩效自评报告 审核版网页"],
            labels);
    }

    [Fact]
    public void AUnitWithoutTheSheetsGetsTheFinalAccountsNarrativeOnly()
    {
        var documents = Build(SelfReportUnits.Seed001 with { SelfReport = null });
        Assert.DoesNotContain(documents.Files, f => f.Name.Contains("自评报告", StringComparison.Ordinal));
        Assert.Equal(3, documents.Checklist.Drafts.Count);
        // One document: the review pages read as they always did (one title, one line of drafts, labels without the document).
        var checklist = new HtmlParser().ParseDocument(Html(documents, "审核清单.html"));
        Assert.Equal("审核清单：高新区（新市区）招商服务局2023年度部门决算公开说明", checklist.QuerySelector("h1")!.TextContent);
        Assert.Single(checklist.QuerySelectorAll("p"), p => p.TextContent.StartsWith("草稿：", StringComparison.Ordinal));
        var index = BatchIndexPage.Render(RepoTemplates.Pages, [UnitSummary.From(documents.Checklist, documents.Checklist.Drafts, null, null)], []);
        Assert.Equal(["Word 稿", "网页稿", "审核版网页"], new HtmlParser().ParseDocument(index).QuerySelectorAll("td.drafts a").Select(a => a.TextContent));
    }

    [Fact]
    public void TheDocxPassesTheOpenXmlValidatorWithoutErrors()
    {
        foreach (var documents in new[] { Sample.Value, HostileSample.Value })
        {
            using var docx = WordprocessingDocument.Open(new MemoryStream(File(documents, Title + ".docx")), false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx)
                .Select(e => $"{e.Path?.XPath}: {e.Description}").Take(20).ToList();
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void WordAndHtmlPrintTheSameText()
    {
        foreach (var documents in new[] { Sample.Value, HostileSample.Value })
        {
            using var docx = WordprocessingDocument.Open(new MemoryStream(File(documents, Title + ".docx")), false);
            var page = new HtmlParser().ParseDocument(Html(documents));
            Assert.Equal(TextParityTests.Squeeze(page.QuerySelector("main")!.TextContent), TextParityTests.Squeeze(DocxInspector.BodyText(docx)));
            Assert.Equal(Title, page.QuerySelector("header h1")!.TextContent.Trim());
            Assert.Equal(Title, page.Title);
        }
    }

    [Fact]
    public void TheDepartmentsTextStaysText()
    {
        var html = Html(HostileSample.Value);
        Assert.Empty(PublicHtml.Foreign(html));
        var page = new HtmlParser().ParseDocument(html);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(Hostile, main, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#title"));
        Assert.Empty(page.QuerySelectorAll("main a[href^='http'], main strong"));
    }

    /// <summary>The sample workbook of input/ read from disk: its figures know their cells, and the review HTML shows them.</summary>
    [Fact]
    public void TheReviewHtmlOfTheSampleWorkbookTracesItsNumbersToTheirCells()
    {
        var path = Path.Combine(RepoPaths.Root, "input", SampleInput.Seed001Sample.FileName);
        var read = JuneBudget.Workbooks.WorkbookReader.Read(path);
        Assert.Empty(read.Findings);
        var documents = Build(read.Workbook!);
        var page = new HtmlParser().ParseDocument(Html(documents, Title + "（审核版）.html"));
        var traced = page.QuerySelectorAll("[data-source]").Select(e => (Text: e.TextContent, Cells: e.GetAttribute("data-source")!)).ToList();
        Assert.Contains(traced, t => t.Text == "26.70" && t.Cells.Contains("整体自评", StringComparison.Ordinal));
        Assert.Contains(traced, t => t.Text == "299.06" && t.Cells.Contains("公开03表", StringComparison.Ordinal));
    }
}
