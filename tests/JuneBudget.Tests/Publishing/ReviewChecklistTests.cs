using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Publishing;

public sealed class ReviewChecklistTests
{
    private static readonly SourceRef Cell = new("甲局2024.xlsx", "公开01表", "D7");

    [Fact]
    public void AnyErrorMakesTheStatus有错误()
    {
        var checklist = Checklist([Finding(Severity.Error), Finding(Severity.Warning), Reason("三公.上年", "九、三公经费")], ["【待补充：x】"]);

        Assert.Equal(ReviewStatus.HasErrors, checklist.Status);
        Assert.Equal("有错误", Page(checklist).QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public void OnlyMissingReasonsMakeTheStatus待补充()
    {
        var checklist = Checklist([Finding(Severity.Warning), Reason("三公.上年", "九、三公经费")], []);

        Assert.Equal(ReviewStatus.NeedsInput, checklist.Status);
    }

    [Fact]
    public void APlaceholderAloneMakesTheStatus待补充()
    {
        Assert.Equal(ReviewStatus.NeedsInput, Checklist([], ["【待补充：单位职能】"]).Status);
    }

    [Fact]
    public void WarningsAndRoundingNotesStillAllow可发布()
    {
        var checklist = Checklist([Finding(Severity.Warning), Finding(Severity.RoundingNote)], []);

        Assert.Equal(ReviewStatus.ReadyToPublish, checklist.Status);
        Assert.Equal("可发布", Page(checklist).QuerySelector(".status")!.TextContent);
    }

    /// <summary>One vocabulary: the pages (templates) and the log (C#) name each status alike.</summary>
    [Fact]
    public void ThePagesAndTheLogNameEachStatusAlike()
    {
        var checklists = new[] { Checklist([Finding(Severity.Error)], []), Checklist([], ["【待补充：x】"]), Checklist([], []) };
        Assert.Equal(Enum.GetValues<ReviewStatus>(), checklists.Select(c => c.Status));
        Assert.All(checklists, c => Assert.Equal(ReviewStatusText.Label(c.Status), Page(c).QuerySelector(".status")!.TextContent));
    }

    [Fact]
    public void AKeyNamedByTwoFindingsIsListedOnce()
    {
        var checklist = Checklist([Reason("三公.上年", "九、三公经费"), Reason("三公.上年", "九、三公经费（又一次）"), Reason("财政拨款.预算", "五、财政拨款支出")], []);

        Assert.Equal(["三公.上年", "财政拨款.预算"], checklist.ReasonsToFill.Select(r => r.Key));
        Assert.Equal(2, checklist.Count(Severity.NeedsReason));
        Assert.Empty(checklist.OtherFindings);
    }

    [Fact]
    public void ThePageListsEachKeyExactlyEachFindingWithItsCellsAndEachPlaceholder()
    {
        var checklist = Checklist(
            [
                new Finding("BUD001", Severity.Error, "收入合计不等于各项之和", [Cell, Cell with { Cell = "D8" }], 100.5m, 100.49m),
                Reason("一般公共预算.2010101.上年", "四、一般公共预算财政拨款支出：行政运行 <较上年>"),
            ],
            ["【待补充：主要原因（键：一般公共预算.2010101.上年）】"]);

        var page = Page(checklist);

        Assert.Equal("有错误", page.QuerySelector(".status")!.TextContent);
        Assert.Equal("一般公共预算.2010101.上年", page.QuerySelector("table.reasons code")!.TextContent);
        Assert.Equal("四、一般公共预算财政拨款支出：行政运行 <较上年>", page.QuerySelector("table.reasons td:nth-child(2)")!.TextContent);
        Assert.Equal(
            ["甲局2024.xlsx，工作表“公开01表”，单元格 D7", "甲局2024.xlsx，工作表“公开01表”，单元格 D8"],
            page.QuerySelectorAll("table.findings ul.cells li").Select(li => li.TextContent));
        Assert.Equal(["100.50", "100.49"], page.QuerySelectorAll("table.findings td.n").Select(td => td.TextContent));
        Assert.Equal(["【待补充：主要原因（键：一般公共预算.2010101.上年）】"], page.QuerySelectorAll("ul.placeholders li").Select(li => li.TextContent));
        Assert.Equal("审核清单：甲局2024年度部门决算公开说明", page.Title);
        Assert.Equal("甲局2024年度部门决算公开说明.docx", page.QuerySelector("a")!.TextContent);
        Assert.Contains("请在工作簿“主要原因”工作表中逐行填写", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script, link, img"));
    }

    [Fact]
    public void TheFindingsPageShowsEveryFindingWorstFirstAndUnrounded()
    {
        var html = FindingsPage.Render(RepoTemplates.Pages, "甲局", 2024, [Finding(Severity.RoundingNote, 0.004m), Finding(Severity.Error)]);

        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("table.findings tbody tr");
        Assert.Equal(["Error", "RoundingNote"], rows.Select(row => row.GetAttribute("data-severity")));
        Assert.Equal("0.004", rows[1].QuerySelectorAll("td.n")[0].TextContent);
    }

    [Fact]
    public void TheFindingsPageEscapesWorkbookTextAndListsEveryCellOfAFinding()
    {
        // Unit names and messages come from user workbooks: markup in them must stay text.
        var html = FindingsPage.Render(RepoTemplates.Pages, "某局 & <中心>", 2024,
        [
            new Finding("X-10", Severity.Error, "基本支出 <不等> 人员经费 + 公用经费", [Cell, Cell with { Cell = "C30" }], 1_894.79m, 1_894.78m, "X-10"),
            new Finding("Y-01", Severity.Warning, "年初 ≠ 上年年末", [], null, null),
        ]);

        Assert.DoesNotContain("<中心>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<不等>", html, StringComparison.Ordinal);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("某局 & <中心>", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("table.findings tbody tr");
        Assert.Equal(["Error", "Warning"], rows.Select(row => row.GetAttribute("data-severity")));
        Assert.Contains("基本支出 <不等> 人员经费", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal([Cell.ToString(), (Cell with { Cell = "C30" }).ToString()], rows[0].QuerySelectorAll("ul.cells li").Select(li => li.TextContent));
        Assert.Empty(rows[1].QuerySelectorAll("ul.cells li"));
        Assert.Empty(document.QuerySelectorAll("script, link"));
    }

    [Fact]
    public void TheChecklistLeadsWithTheCellTwoFindingsShare()
    {
        var other = Cell with { Cell = "E9" };
        var checklist = Checklist(
        [
            new Finding("X-01", Severity.Error, "一", [other]),
            new Finding("T01-1", Severity.Error, "二", [Cell, other with { Cell = "F1" }]),
            new Finding("X-03", Severity.Error, "三", [Cell]),
            Reason("三公.上年", "九、三公经费"),
        ], []);
        var bodies = Page(checklist).QuerySelectorAll("#findings ~ table.findings tbody");
        Assert.Equal("公开01表 D7 可能有误：以下 2 项校验均涉及该单元格", bodies[0].QuerySelector("tr.group-lead")!.TextContent);
        Assert.Equal(["T01-1", "X-03"], bodies[0].QuerySelectorAll("tr[data-severity] code").Select(c => c.TextContent));
        Assert.Null(bodies[1].QuerySelector("tr.group-lead"));
        Assert.Equal(2, bodies.Length);   // the missing reason is listed in section 一, not among the findings
    }

    private static ReviewChecklist Checklist(IReadOnlyList<Finding> findings, IReadOnlyList<string> placeholders) =>
        new("甲局", 2024, "甲局2024.xlsx", findings, placeholders, [new ReviewLink(ReviewLinkKind.Word, "甲局2024年度部门决算公开说明.docx")]);

    private static IDocument Page(ReviewChecklist checklist) =>
        new HtmlParser().ParseDocument(ReviewChecklistPage.Render(RepoTemplates.Pages, checklist));

    /// <summary>A missing 主要原因 as validation reports it (C-01, with its key).</summary>
    private static Finding Reason(string key, string message) =>
        new("C-01", Severity.NeedsReason, message, [new SourceRef("甲局2024.xlsx", "主要原因", "新增一行")], Key: key);

    private static Finding Finding(Severity severity, decimal? expected = null) =>
        new("R" + severity, severity, severity + " 的说明", [Cell], expected);
}
