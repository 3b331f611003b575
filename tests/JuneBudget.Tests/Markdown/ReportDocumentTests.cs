using JuneBudget.Markdown;
using JuneBudget.Model;
using Markdig.Syntax;

namespace JuneBudget.Tests.Markdown;

public sealed class ReportDocumentTests
{
    private static readonly Dictionary<string, GridTable> NoGrids = [];
    private static readonly Dictionary<string, IReadOnlyList<SourceRef>> NoSources = [];
    private static readonly SourceRef Cell = new("a.xlsx", "公开01表", "C7");

    private static GridTable Grid(string id) =>
        new(id, "收入决算表", "公开02表", null, null, 1, [[new GridCell("合计", IsHeader: true)]], [1], false);

    [Fact]
    public void AGridFenceBecomesAGridBlockCarryingItsTable()
    {
        var document = ReportDocument.Parse("前文。\n\n```jb-grid T02\n```\n\n后文。\n", new Dictionary<string, GridTable> { ["T02"] = Grid("T02") }, NoSources);
        var grid = Assert.Single(document.Markdown.Descendants<GridBlock>());
        Assert.Equal("T02", grid.Table.Id);
        Assert.Equal(2, grid.Line);
        Assert.Empty(document.Markdown.Descendants<FencedCodeBlock>());
        Assert.Equal(["T02"], document.Grids.Select(g => g.Id));
    }

    [Fact]
    public void AnUnknownGridIdIsAnErrorNamingTheIdAndTheLine()
    {
        var error = Assert.Throws<ReportDocumentException>(() =>
            ReportDocument.Parse("# 标题 {#a}\n\n```jb-grid T10\n```\n", new Dictionary<string, GridTable> { ["T01"] = Grid("T01") }, NoSources));
        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
        Assert.Contains("“T10”", error.Message, StringComparison.Ordinal);
        Assert.Contains("T01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASourcedNumberPrintsItsDisplayAndHoldsItsCells()
    {
        var document = ReportDocument.Parse("收入⟦7,138.31|s12⟧万元。", NoGrids, new Dictionary<string, IReadOnlyList<SourceRef>> { ["s12"] = [Cell] });
        var number = Assert.Single(document.Markdown.Descendants<SourcedNumberInline>());
        Assert.Equal(("7,138.31", "s12"), (number.Display, number.SourceId));
        Assert.Equal([Cell], number.Sources);
        Assert.Equal("收入7,138.31万元。", InlineText.Of(document.Markdown.Descendants<ParagraphBlock>().Single().Inline));
    }

    [Fact]
    public void ASourcedNumberInsideAPipeTableCellStaysOneNumber()
    {
        var document = ReportDocument.Parse("| 项目 | 金额 |\n|---|---:|\n| 收入 | ⟦1,234.50|s1⟧ |\n", NoGrids, new Dictionary<string, IReadOnlyList<SourceRef>> { ["s1"] = [Cell] });
        var table = Assert.Single(document.Markdown.Descendants<Markdig.Extensions.Tables.Table>());
        Assert.Equal(2, ((Markdig.Extensions.Tables.TableRow)table[1]).Count);
        Assert.Equal("1,234.50", Assert.Single(document.Markdown.Descendants<SourcedNumberInline>()).Display);
    }

    [Fact]
    public void AnUnknownSourceIdIsAnErrorNamingTheIdAndTheLine()
    {
        var error = Assert.Throws<ReportDocumentException>(() => ReportDocument.Parse("甲\n\n乙⟦1.00|s9⟧", NoGrids, NoSources));
        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
        Assert.Contains("“s9”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlaceholderIsOneNodeWithItsKeyAndOtherBracketsStayText()
    {
        var document = ReportDocument.Parse("原因：【待补充：主要原因（键：三公.上年）】，见【附表】。", NoGrids, NoSources);
        var placeholder = Assert.Single(document.Markdown.Descendants<PlaceholderInline>());
        Assert.Equal("【待补充：主要原因（键：三公.上年）】", placeholder.Text);
        Assert.Equal("三公.上年", placeholder.Key);
        Assert.Contains("【附表】", InlineText.Of(document.Markdown.Descendants<ParagraphBlock>().Single().Inline), StringComparison.Ordinal);
    }

    [Fact]
    public void ANewpageLineIsAPageBreakAndNotText()
    {
        var document = ReportDocument.Parse("甲。\n\n\\newpage\n\n乙。\n", NoGrids, NoSources);
        Assert.Single(document.Markdown.Descendants<PageBreakBlock>());
        Assert.Equal(2, document.Markdown.Descendants<ParagraphBlock>().Count());
    }

    [Fact]
    public void HeadingsKeepExplicitIdsWithChineseTextAndGetAFallbackIdOtherwise()
    {
        var document = ReportDocument.Parse("# 第一部分 单位概况 {#p1}\n\n## 一、主要职能\n", NoGrids, NoSources);
        Assert.Equal([new HeadingEntry(1, "p1", "第一部分 单位概况"), new HeadingEntry(2, "h2", "一、主要职能")], document.Headings);
    }

    [Fact]
    public void ADuplicateHeadingIdIsAnError()
    {
        var error = Assert.Throws<ReportDocumentException>(() => ReportDocument.Parse("# 甲 {#aa}\n\n# 乙 {#aa}\n", NoGrids, NoSources));
        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeadingIdMarkdigDoesNotRecogniseIsAnErrorRatherThanText()
    {
        var error = Assert.Throws<ReportDocumentException>(() => ReportDocument.Parse("# 甲 {#a}\n", NoGrids, NoSources));
        Assert.Contains("第 1 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlIsNotParsedAsHtml()
    {
        var document = ReportDocument.Parse("<div>文字</div>\n", NoGrids, NoSources);
        Assert.Empty(document.Markdown.Descendants<HtmlBlock>());
    }
}
