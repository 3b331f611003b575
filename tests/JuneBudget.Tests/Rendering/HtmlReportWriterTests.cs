using JuneBudget.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using JuneBudget.Model;
using JuneBudget.Rendering.Html;

namespace JuneBudget.Tests.Rendering;

public sealed class HtmlReportWriterTests
{
    private static IDocument Page(HtmlOptions? options = null) =>
        new HtmlParser().ParseDocument(Render.HtmlText(RenderingCorpus.Parse(), options));

    [Fact]
    public void ThePageIsChineseSelfContainedAndHasNoScriptOrExternalResource()
    {
        var page = Page();
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe"));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@media print", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsKeepTheirExplicitIdsAndEveryContentsLinkResolves()
    {
        var page = Page();
        var ids = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.Id).ToList();
        Assert.Equal(["p1", "s1-1", "s1-2", "p2", "s2-1", "s2-1-1", "s2-1-1-1"], ids);
        var links = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(6, links.Count);
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href[1..])));
        Assert.Equal("（一）一般公共预算财政拨款支出决算总体情况", page.QuerySelectorAll("nav.toc a")[^1].TextContent);
    }

    [Fact]
    public void GridsKeepTheirMergedCellsHeaderRowsAndNumberAlignment()
    {
        var page = Page();
        var t01 = page.GetElementById("T01")!;
        Assert.Equal("收入支出决算总表", t01.QuerySelector(".grid-title")!.TextContent);
        Assert.Equal(["3", "3"], t01.QuerySelectorAll("thead tr:first-child th").Select(th => th.GetAttribute("colspan")));
        Assert.Equal(2, t01.QuerySelectorAll("thead tr").Length);
        Assert.Equal(4, t01.QuerySelectorAll("tbody td.num").Length);
        Assert.NotNull(t01.Closest("figure")!.QuerySelector(".table-scroll > table"));
        Assert.DoesNotContain("form", t01.ClassList);
        var p01 = page.GetElementById("P01")!;
        Assert.Contains("form", p01.ClassList);
        Assert.Equal(["2", "2"], p01.QuerySelectorAll("[rowspan]").Select(c => c.GetAttribute("rowspan")));
        Assert.Equal(2, p01.QuerySelectorAll(".grid-title br").Length + 1);
    }

    [Fact]
    public void TextThatLooksLikeMarkupIsShownAsText()
    {
        var html = Render.HtmlText(RenderingCorpus.Parse());
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<script>alert(2)</script>", page.GetElementById("T01")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceholdersAreMarkedAndOrdinaryBracketsAreNot()
    {
        var marks = Page().QuerySelectorAll("mark.placeholder").Select(m => m.TextContent).ToList();
        Assert.Equal(["【待补充：主要原因（键：收入支出总体.上年）】"], marks);
    }

    [Fact]
    public void OutsideReviewModeNumbersCarryNoSources()
    {
        var page = Page();
        Assert.Empty(page.QuerySelectorAll("[data-source]"));
        Assert.Null(page.GetElementById("findings"));
    }

    [Fact]
    public void InReviewModeEveryNumberCarriesItsCellsAndFindingsLinkToWhereTheyAre()
    {
        var finding = new Finding("BUD001", Severity.Error, "收入总计与支出总计不等。", [RenderingCorpus.IncomeChange]);
        var reason = new Finding("RSN001", Severity.NeedsReason, "缺少主要原因。", [], Key: "收入支出总体.上年");
        var page = Page(Render.Html with { Review = true, Findings = [finding, reason] });
        var numbers = page.QuerySelectorAll("main span.sourced").ToList();
        Assert.Equal(3, numbers.Count);
        Assert.Equal("工信局2024.xlsx|公开01表|C18", numbers[0].GetAttribute("data-source"));
        Assert.Equal("公开01表!C18\n上年数!D5", numbers[1].GetAttribute("title"));
        Assert.Contains("flagged", numbers[1].ClassList);
        Assert.DoesNotContain("flagged", numbers[0].ClassList);
        var gridCells = page.GetElementById("T01")!.QuerySelectorAll("td[data-source]").ToList();
        Assert.Equal("公开01表!C18", gridCells[0].GetAttribute("title"));
        // Only a value whose own cell a finding names is red: the 公开01表 C18 cells beside the flagged D5 are not.
        Assert.All(gridCells, td => Assert.DoesNotContain("flagged", td.ClassList));
        Assert.Empty(page.QuerySelectorAll("main td a, main td.flagged"));
        var items = page.QuerySelectorAll("#findings li").ToList();
        Assert.Equal(2, items.Count);
        var targets = items.SelectMany(li => li.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Equal(["n-2", "rv-p1"], targets);
        Assert.All(targets, id => Assert.NotNull(page.GetElementById(id)));
        Assert.Equal("MARK", page.GetElementById("rv-p1")!.TagName);
    }

    [Fact]
    public void ARedNumberLinksToItsFindingAndSaysWhyInOneLine()
    {
        var page = TotalAndChangeFlagged();
        var red = page.QuerySelectorAll("main .flagged").ToList();
        // C18 is shown three times in sentences (s1 twice, s2) and twice in 公开01表; every one is red.
        Assert.Equal(5, red.Count);
        foreach (var value in red)
        {
            var link = Assert.Single(value.QuerySelectorAll("a.why"));
            var target = page.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("LI", target.TagName);
            Assert.Equal(value.TextContent, link.TextContent);
        }
        // s2 has both cells: it links to the first finding naming one of them, with that finding's first line as why.
        Assert.All(red, value => Assert.Equal("#f-1", value.QuerySelector("a.why")!.GetAttribute("href")));
        Assert.All(red, value => Assert.Equal("收入总计与支出总计不等<b>。", value.QuerySelector("a.why")!.GetAttribute("title")));
        Assert.Empty(page.QuerySelectorAll("main a.why b"));
        Assert.Equal(red.Count, page.QuerySelectorAll("main a.why").Length);
    }

    [Fact]
    public void AFindingLinksToEveryPlaceItsCellsAppear()
    {
        var page = TotalAndChangeFlagged();
        var items = page.QuerySelectorAll("#findings li").ToList();
        Assert.Equal(["f-1", "f-2"], items.Select(li => li.Id));
        var places = items.Select(li => li.QuerySelectorAll("a").Select(a => a.GetAttribute("href")![1..]).ToList()).ToList();
        Assert.All(places.SelectMany(p => p), id => Assert.NotNull(page.GetElementById(id)));
        var c18 = page.QuerySelectorAll("main [data-source*='|C18']").Select(e => e.Id!).ToHashSet();
        Assert.Equal(5, c18.Count);
        Assert.Equal(c18, places[0].ToHashSet());
        Assert.Equal(["n-2"], places[1]);
    }

    [Fact]
    public void TooltipsNameSheetAndCellAndTheWorkbookIsNamedOnceInThePanel()
    {
        // A reading finding's message begins with the cell as users read it (file, sheet, cell): its why says 表!单元格.
        var finding = new Finding("READ-17", Severity.Warning, $"{RenderingCorpus.IncomeTotal}：项目没有任何指标。", [RenderingCorpus.IncomeTotal]);
        var page = Page(Render.Html with { Review = true, Findings = [finding] });
        Assert.Equal("公开01表!C18：项目没有任何指标。", page.QuerySelector("main a.why")!.GetAttribute("title"));
        var tooltips = page.QuerySelectorAll("main .sourced[title]").Select(e => e.GetAttribute("title")!).ToList();
        Assert.NotEmpty(tooltips);
        Assert.All(tooltips, t => Assert.DoesNotContain("工信局2024.xlsx", t, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("[title*='xlsx']"));
        Assert.All(tooltips, t => Assert.Matches(@"^([^!\n]+![A-Z]+[0-9]+\n?)+$", t));
        var panel = page.GetElementById("findings")!;
        Assert.Single(panel.QuerySelectorAll("p.workbook"), p => p.TextContent.Contains("《工信局2024.xlsx》", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(page.Body!.InnerHtml, "工信局2024.xlsx》"));
    }

    /// <summary>Review mode with one finding on 公开01表 C18 (a two-line message with markup) and one on 上年数 D5.</summary>
    private static IDocument TotalAndChangeFlagged() => Page(Render.Html with
    {
        Review = true,
        Findings =
        [
            new Finding("BUD001", Severity.Error, "收入总计与支出总计不等<b>。\n第二行细节。", [RenderingCorpus.IncomeTotal]),
            new Finding("BUD002", Severity.Warning, "上年数与上年决算不一致。", [RenderingCorpus.IncomeChange]),
        ],
    });

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void TheTitleAndTheContentsHeadingAreTheTemplatesAndPrintedOnce()
    {
        var page = Page();
        Assert.Equal("乌鲁木齐市测试局2024年度部门决算公开说明", page.Title);
        Assert.Equal("乌鲁木齐市测试局2024年度部门决算公开说明", Assert.Single(page.QuerySelectorAll("h1.doc-title")).TextContent);
        Assert.Equal("目录", page.GetElementById("toc")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main ul a, main ol a"));
        Assert.Single(page.QuerySelectorAll("main h1"), h => h.TextContent == "第一部分 单位概况");
    }

    [Fact]
    public void AMarkdownWithoutFrontMatterHasNoHeaderAndNoContents()
    {
        var document = JuneBudget.Markdown.ReportDocument.Parse("# 第一部分 单位概况 {#p1}\n\n正文。\n", new Dictionary<string, JuneBudget.Markdown.GridTable>(), new Dictionary<string, IReadOnlyList<SourceRef>>());
        var page = new HtmlParser().ParseDocument(Render.HtmlText(document));
        Assert.Empty(page.QuerySelectorAll("header, nav"));
        Assert.Equal(["第一部分 单位概况", "正文。"], page.QuerySelectorAll("main > *").Select(e => e.TextContent));
    }

    [Fact]
    public void AnUnpublishableDraftSaysSoAtTheTop()
    {
        var page = Page(Render.Html with { Notice = RepoTemplates.Notice });
        Assert.Equal("本稿存在未解决的校验错误，不可公开发布", page.QuerySelector("header .notice")!.TextContent);
    }
}
