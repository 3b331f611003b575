using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using Markdig.Syntax;

namespace JuneBudget.Tests.Rendering;

/// <summary>
/// The real sample (seed 004's unit) from workbooks to .docx and .html: valid, complete (every
/// sentence of the narrative printed once), title and 目录 once, the 目录 equal to the template's.
/// </summary>
public sealed class SampleEndToEndTests : DocumentEndToEndChecks
{
    private protected override SampleReport Sample => SampleReport.Value;
    private protected override string Title => "乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明";
    private protected override int SelfEvaluations => 15;
    private protected override (string Text, int Level) ThirdOfTen => ("（三）国有资产占用情况说明", 3);
    private protected override string LastTable => "九、《财政拨款“三公”经费支出决算表》";
}

/// <summary>
/// The checks every format's document passes, Word and HTML alike (the 2024 sample, the 2023
/// workbook of the project's input): OpenXmlValidator, nothing lost or repeated, title once, the
/// 目录 equal to the format's headings with working links, every grid placed as a table.
/// </summary>
public abstract class DocumentEndToEndChecks
{
    private protected abstract SampleReport Sample { get; }
    private protected abstract string Title { get; }
    private protected abstract int SelfEvaluations { get; }
    /// <summary>The 目录 entry of 十(三).</summary>
    private protected abstract (string Text, int Level) ThirdOfTen { get; }
    private protected abstract string LastTable { get; }
    /// <summary>目录 entries: headings and tables (2021 has no §五 (一)(二)(三) and no 十二).</summary>
    private protected virtual int ContentsCount => 33;
    private protected virtual string FirstPart => "第一部分 单位概况";
    /// <summary>Where 十(三) stands in the 目录.</summary>
    private protected virtual int ThirdOfTenAt => 19;

    private WordprocessingDocument OpenDocx() => WordprocessingDocument.Open(new MemoryStream(Sample.Docx), false);

    private IDocument Page() => new HtmlParser().ParseDocument(Sample.Html);

    [Fact]
    public void TheDocxPassesTheOpenXmlValidatorWithoutErrors()
    {
        using var docx = OpenDocx();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").Take(20).ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void TheDocxTextIsTheNarrativeTextWithNothingLostOrRepeated()
    {
        using var docx = OpenDocx();
        var text = new StringBuilder();
        foreach (var paragraph in docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            if (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Notice") continue;
            foreach (var t in paragraph.Descendants<Text>()) text.Append(t.Text);
        }
        Assert.Equal(TextParityTests.Squeeze(NarrativeText()), TextParityTests.Squeeze(text.ToString()));
    }

    [Fact]
    public void TheHtmlTextIsTheNarrativeTextWithNothingLostOrRepeated()
    {
        var page = Page();
        var text = string.Concat(page.QuerySelectorAll("header h1, nav.toc, main").Select(e => e.TextContent));
        Assert.Equal(TextParityTests.Squeeze(NarrativeText()), TextParityTests.Squeeze(text));
    }

    [Fact]
    public void TheTitleIsPrintedOnceInEachFormat()
    {
        var title = Title;
        Assert.Equal(title, Sample.Document.Title);
        var page = Page();
        Assert.Equal(title, page.Title);
        Assert.Single(page.Body!.QuerySelectorAll("*"), e => e.ChildNodes.OfType<IText>().Any(t => t.Text.Contains(title, StringComparison.Ordinal)));
        using var docx = OpenDocx();
        Assert.Single(docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>(), p => p.InnerText.Contains(title, StringComparison.Ordinal));
        Assert.Equal(title, docx.PackageProperties.Title);
    }

    [Fact]
    public void TheContentsInWordAndHtmlListTheTemplatesEntriesWithTheSeedsThreeLevels()
    {
        var listed = Sample.Document.Contents!.Listed;
        Assert.Equal(ContentsCount, listed.Count);
        Assert.Equal(FirstPart, listed[0].Text);
        Assert.Equal(ThirdOfTen, (listed[ThirdOfTenAt].Text, listed[ThirdOfTenAt].Level));
        Assert.Equal((LastTable, 2), (listed[^1].Text, listed[^1].Level));

        using var docx = OpenDocx();
        var toc = docx.MainDocumentPart!.Document.Body!.Elements<SdtBlock>().Single();
        Assert.Equal("目录", toc.Descendants<Paragraph>().First().InnerText);
        var word = toc.Descendants<Paragraph>().Skip(1)
            .Select(p => (Level: int.Parse(p.ParagraphProperties!.ParagraphStyleId!.Val!.Value![3..], System.Globalization.CultureInfo.InvariantCulture),
                Id: p.Descendants<Hyperlink>().Single().Anchor!.Value!, Text: string.Concat(p.Descendants<Text>().Select(t => t.Text))))
            .ToList();
        Assert.Equal(listed.Select(e => (e.Level, WordBookmarks(e.Id), e.Text)), word);

        var nav = Page().QuerySelector("nav.toc")!;
        Assert.Equal("目录", nav.QuerySelector(".toc-title")!.TextContent);
        var html = nav.QuerySelectorAll("li").Select(li => (Level: int.Parse(li.ClassName![4..], System.Globalization.CultureInfo.InvariantCulture),
            Id: li.QuerySelector("a")!.GetAttribute("href")![1..], Text: li.TextContent)).ToList();
        Assert.Equal(listed.Select(e => (e.Level, e.Id, e.Text)), html);
    }

    [Fact]
    public void EveryContentsLinkResolvesInBothFormats()
    {
        var page = Page();
        var hrefs = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(ContentsCount, hrefs.Count);
        Assert.All(hrefs, href => Assert.NotNull(page.GetElementById(href[1..])?.Closest("main")));
        using var docx = OpenDocx();
        var body = docx.MainDocumentPart!.Document.Body!;
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.All(body.Elements<SdtBlock>().Single().Descendants<Hyperlink>(), link => Assert.Contains(link.Anchor!.Value, bookmarks));
    }

    [Fact]
    public void TheNineTablesAndEverySelfEvaluationArePlacedAsTables()
    {
        var ids = Enumerable.Range(1, 9).Select(i => $"T{i:00}").Concat(Enumerable.Range(1, SelfEvaluations).Select(i => $"P{i:00}")).ToList();
        // Every jb-grid fence of the templates resolved to a built grid, and every built grid is placed once.
        Assert.Equal(ids.Order(StringComparer.Ordinal), Sample.Document.Grids.Select(g => g.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Sample.Grids.Keys.Order(StringComparer.Ordinal), Sample.Document.Grids.Select(g => g.Id).Order(StringComparer.Ordinal));

        var page = Page();
        Assert.All(ids, id => Assert.Single(page.GetElementById(id)!.QuerySelectorAll("table")));
        using var docx = OpenDocx();
        var titles = docx.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TableTitle").ToList();
        Assert.Equal(9 + SelfEvaluations, titles.Count);
        Assert.All(titles, title => Assert.IsType<Table>(NextTable(title)));
    }

    /// <summary>
    /// The Markdown's plain text in document order, parsed on its own (the front matter included):
    /// sourced numbers as their display, grids as their title, code, unit lines and cells.
    /// </summary>
    private string NarrativeText()
    {
        var markdown = Markdig.Markdown.Parse(Sample.Rendered.Markdown, ReportMarkdown.Pipeline);
        var text = new StringBuilder();
        foreach (var node in markdown.Descendants())
        {
            switch (node)
            {
                case FencedCodeBlock fence when fence.Info == "jb-grid":
                    TextParityTests.AppendGrid(text, Sample.Grids[fence.Arguments!.Trim()]);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    text.Append(InlineText.Of(leaf.Inline));
                    break;
            }
        }
        return text.ToString();
    }

    private static OpenXmlElement? NextTable(Paragraph title)
    {
        OpenXmlElement? next = title.NextSibling();
        while (next is Paragraph) next = next.NextSibling();
        return next;
    }

    private static string WordBookmarks(string id) => JuneBudget.Rendering.Word.WordBookmarks.NameFor(id);
}
