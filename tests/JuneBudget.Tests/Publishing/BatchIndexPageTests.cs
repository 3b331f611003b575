using AngleSharp.Html.Parser;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Publishing;

public sealed class BatchIndexPageTests
{
    [Fact]
    public void UnitsAreListedProblemsFirstWithColouredStatusesAndCounts()
    {
        var page = Parse([Unit("丙局", ReviewStatus.ReadyToPublish), Unit("乙局", ReviewStatus.NeedsInput, needsReason: 3), Unit("甲局", ReviewStatus.HasErrors, errors: 2)]);

        var rows = page.QuerySelectorAll("table.units tbody tr");
        Assert.Equal(["甲局", "乙局", "丙局"], rows.Select(row => row.QuerySelector("td.unit")!.TextContent));
        Assert.Equal(["有错误", "待补充", "可发布"], rows.Select(row => row.QuerySelector(".status")!.TextContent));
        Assert.Equal(["status-error", "status-input", "status-ready"], rows.Select(row => row.GetAttribute("data-status")));
        Assert.Equal(["2024", "2", "0", "0", "0"], rows[0].QuerySelectorAll("td.n").Select(td => td.TextContent));
        Assert.Equal("3", rows[1].QuerySelectorAll("td.n")[3].TextContent);
        Assert.Contains("有错误 1，待补充 1，可发布 1", page.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksAreRelativeAndEncodedSoHashAndPercentInNamesStillWork()
    {
        var unit = Unit("甲#局", ReviewStatus.ReadyToPublish) with
        {
            Drafts = [ReviewLink.To(ReviewLinkKind.Word, "/out", "/out/甲#局/2024/甲#局2024年度部门决算公开说明.docx")],
            Checklist = new ReviewLink(ReviewLinkKind.Checklist, "甲#局/2024/审核清单.html"),
            Findings = new ReviewLink(ReviewLinkKind.Findings, "甲#局/2024/100%.html"),
        };

        var anchors = Parse([unit]).QuerySelectorAll("table.units a");
        var links = anchors.Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            ["%E7%94%B2%23%E5%B1%80/2024/%E7%94%B2%23%E5%B1%802024%E5%B9%B4%E5%BA%A6%E9%83%A8%E9%97%A8%E5%86%B3%E7%AE%97%E5%85%AC%E5%BC%80%E8%AF%B4%E6%98%8E.docx",
             "%E7%94%B2%23%E5%B1%80/2024/%E5%AE%A1%E6%A0%B8%E6%B8%85%E5%8D%95.html",
             "%E7%94%B2%23%E5%B1%80/2024/100%25.html"],
            links);
        Assert.Equal("甲#局/2024/审核清单.html", Uri.UnescapeDataString(links[1]!));
        Assert.Equal(["Word 稿", "审核清单", "校验结果"], anchors.Select(a => a.TextContent));
    }

    [Fact]
    public void AUnitNameWithAScriptTagIsShownAsTextNotRun()
    {
        const string name = "<script>alert('x')</script>局\"&";
        var unit = Unit(name, ReviewStatus.HasErrors) with { Notes = ["<b>被占用</b>"] };

        var page = Parse([unit], [new UnprocessedInput("<img src=x onerror=alert(1)>.xlsx", "文件已损坏 <无法打开>")]);

        Assert.Equal(name, page.QuerySelector("td.unit")!.TextContent);
        Assert.Equal("<b>被占用</b>", page.QuerySelector("td.notes")!.TextContent);
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("alert", page.QuerySelector("script")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("img, b"));
    }

    [Fact]
    public void InputsThatCouldNotBeProcessedAreListedWithTheirReasonAboveTheUnits()
    {
        var page = Parse([Unit("甲局", ReviewStatus.ReadyToPublish)], [new UnprocessedInput("坏.xlsx", "文件已损坏，无法打开"), new UnprocessedInput("甲局副本.xlsx", "与“甲局.xlsx”重复：同一单位同一年度")]);

        var rows = page.QuerySelectorAll("table.unprocessed tbody tr").Select(row => row.Children.Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal(["坏.xlsx", "文件已损坏，无法打开"], rows[0]);
        Assert.Equal(["甲局副本.xlsx", "与“甲局.xlsx”重复：同一单位同一年度"], rows[1]);
        Assert.Contains("未能处理的文件 2 个", page.QuerySelector("p.summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("table.unprocessed")!.CompareDocumentPosition(page.QuerySelector("table.units")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void ASummaryFromAChecklistCarriesItsStatusAndCounts()
    {
        var checklist = new ReviewChecklist("甲局", 2024, null,
            [new Model.Finding("W", Model.Severity.Warning, "w", []), new Model.Finding("N", Model.Severity.RoundingNote, "n", []),
             new Model.Finding("C-01", Model.Severity.NeedsReason, "九", [], Key: "三公.上年")],
            [], []);

        var summary = UnitSummary.From(checklist, [], null, null);

        Assert.Equal((ReviewStatus.NeedsInput, 0, 1, 1, 1), (summary.Status, summary.Errors, summary.Warnings, summary.NeedsReason, summary.RoundingNotes));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(IReadOnlyList<UnitSummary> units, IReadOnlyList<UnprocessedInput>? unprocessed = null) =>
        new HtmlParser().ParseDocument(BatchIndexPage.Render(RepoTemplates.Pages, units, unprocessed ?? []));

    private static UnitSummary Unit(string name, ReviewStatus status, int errors = 0, int needsReason = 0) =>
        new(name, 2024, status, errors, 0, needsReason, 0, [new ReviewLink(ReviewLinkKind.Word, name + "/2024/稿.docx")], null, null, []);
}
