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
        Assert.Equal("工信局2024.xlsx，工作表“公开01表”，单元格 C18\n工信局2024.xlsx，工作表“上年数”，单元格 D5", numbers[1].GetAttribute("title"));
        Assert.Contains("flagged", numbers[1].ClassList);
        Assert.DoesNotContain("flagged", numbers[0].ClassList);
        var gridCell = page.GetElementById("T01")!.QuerySelector("td[data-source]")!;
        Assert.Equal("工信局2024.xlsx，工作表“公开01表”，单元格 C18", gridCell.GetAttribute("title"));
        var items = page.QuerySelectorAll("#findings li").ToList();
        Assert.Equal(2, items.Count);
        var targets = items.SelectMany(li => li.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Equal(["rv-n2", "rv-p1"], targets);
        Assert.All(targets, id => Assert.NotNull(page.GetElementById(id)));
        Assert.Equal("MARK", page.GetElementById("rv-p1")!.TagName);
    }

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
