using JuneBudget.Markdown;
using JuneBudget.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Tests.Markdown;

/// <summary>The title and 目录 the templates write leave the body and become the document's front matter.</summary>
public sealed class FrontMatterTests
{
    private static readonly Dictionary<string, GridTable> NoGrids = [];
    private static readonly Dictionary<string, IReadOnlyList<SourceRef>> NoSources = [];

    private const string WithFrontMatter = """
        # 乌鲁木齐市测试局\*甲\*2024年度部门决算公开说明 {#title}

        ## 目录 {#toc}

        - [第一部分 单位概况](#p1)
          - [一、主要职能](#s1-1)
            - [（一）职能](#s1-1-1)
        - [第二部分 部门决算情况说明](#p2)

        \newpage

        # 第一部分 单位概况 {#p1}

        ## 一、主要职能 {#s1-1}

        ### （一）职能 {#s1-1-1}

        正文。

        # 第二部分 部门决算情况说明 {#p2}

        - 正文的列表不是目录。
        """;

    private static ReportDocument Parse(string markdown) => ReportDocument.Parse(markdown, NoGrids, NoSources);

    [Fact]
    public void TheTitleHeadingBecomesTheDocumentTitleAsPlainTextAndLeavesTheBody()
    {
        var document = Parse(WithFrontMatter);
        Assert.Equal("乌鲁木齐市测试局*甲*2024年度部门决算公开说明", document.Title);
        Assert.DoesNotContain(document.Headings, h => h.Id == "title");
        Assert.Equal(["p1", "s1-1", "s1-1-1", "p2"], document.Markdown.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id));
    }

    [Fact]
    public void TheTocHeadingAndItsListBecomeTheContentsWithLevelsFromTheNestingAndLeaveTheBody()
    {
        var document = Parse(WithFrontMatter);
        Assert.Equal("目录", document.Contents!.Title);
        Assert.Equal(
            [new HeadingEntry(1, "p1", "第一部分 单位概况"), new HeadingEntry(2, "s1-1", "一、主要职能"),
             new HeadingEntry(3, "s1-1-1", "（一）职能"), new HeadingEntry(1, "p2", "第二部分 部门决算情况说明")],
            document.Contents.Listed);
        // Only the body's own list is left, and the body starts with the page break.
        Assert.Equal("正文的列表不是目录。", Assert.Single(document.Markdown.Descendants<ListBlock>()).Descendants<ParagraphBlock>().Single().Inline!.FirstChild!.ToString());
        Assert.IsType<PageBreakBlock>(document.Markdown[0]);
    }

    [Fact]
    public void TheEntriesTheWritersPrintAreTheBodyHeadingsOfLevelsOneToThree()
    {
        var document = Parse(WithFrontMatter + "\n#### 1. 细目 {#s-4}\n");
        Assert.Equal(document.Contents!.Listed, document.ContentsEntries);
    }

    [Fact]
    public void WithoutFrontMatterThereIsNoTitleAndNoContents()
    {
        var document = Parse("# 第一部分 单位概况 {#p1}\n\n- [链接](#p1)\n");
        Assert.Null(document.Title);
        Assert.Null(document.Contents);
        Assert.Single(document.Markdown.Descendants<ListBlock>());
    }

    [Fact]
    public void ATocHeadingWithoutAListIsAContentsWithNoListedEntries()
    {
        var document = Parse("## 目录 {#toc}\n\n正文。\n");
        Assert.Equal("目录", document.Contents!.Title);
        Assert.Empty(document.Contents.Listed);
        Assert.Single(document.Markdown.Descendants<ParagraphBlock>());
    }

    [Fact]
    public void AContentsLinkToAHeadingThatDoesNotExistIsAnErrorNamingTheEntry()
    {
        var error = Assert.Throws<ReportDocumentException>(() =>
            Parse("## 目录 {#toc}\n\n- [第九部分 不存在](#p9)\n\n# 第一部分 单位概况 {#p1}\n"));
        Assert.Contains("“第九部分 不存在”", error.Message, StringComparison.Ordinal);
        Assert.Contains("#p9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyHeadingCannotReuseTheTitleId()
    {
        var error = Assert.Throws<ReportDocumentException>(() => Parse("# 甲 {#title}\n\n## 乙 {#title}\n"));
        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 行", error.Message, StringComparison.Ordinal);
    }
}
