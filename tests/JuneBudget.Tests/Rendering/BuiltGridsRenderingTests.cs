using JuneBudget.Tests.Support;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Tests.Markdown;

namespace JuneBudget.Tests.Rendering;

/// <summary>The grids the builders make (all nine tables and a 自评表) through both writers.</summary>
public sealed class BuiltGridsRenderingTests
{
    private static ReportDocument Document()
    {
        var wb = GridModels.Workbook(projects: [GridModels.ExpertReview(carriedOver: true)]);
        var grids = ReportGrids.Build(wb, RepoTemplates.GridWords(wb));
        var markdown = "# 第四部分 部门决算报表 {#p4}\n\n" + string.Join("\n\\newpage\n\n", grids.Keys.Select(id => $"```jb-grid {id}\n```\n"));
        return ReportDocument.Parse(markdown, grids, new Dictionary<string, IReadOnlyList<SourceRef>>());
    }

    [Fact]
    public void EveryBuiltGridRendersToAValidDocxWithOneWordTableEach()
    {
        using var docx = Render.OpenDocx(Document());
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx).Select(e => e.Description));
        var body = docx.MainDocumentPart!.Document.Body!;
        Assert.Equal(10, body.Elements<Table>().Count());
        // 05 and 06 and the 自评表 are portrait, the rest landscape; the heading right before T01 goes on
        // T01's landscape page rather than alone on a portrait one.
        Assert.Equal("Heading1", body.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var orientations = body.Descendants<SectionProperties>().Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value == PageOrientationValues.Landscape ? "L" : "P");
        Assert.Equal("LPLP", string.Concat(orientations));
    }

    [Fact]
    public void EveryBuiltGridRendersToAnHtmlTableWithItsIdAndSources()
    {
        var page = new HtmlParser().ParseDocument(Render.HtmlText(Document(), Render.Html with { Review = true }));
        foreach (var id in new[] { "T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "P01" })
            Assert.NotNull(page.GetElementById(id)?.QuerySelector("table"));
        Assert.Equal("测试局2024.xlsx|公开01表|C7", page.GetElementById("T01")!.QuerySelector("td[data-source]")!.GetAttribute("data-source"));
        Assert.Equal("5", page.GetElementById("P01")!.QuerySelectorAll("th").First(th => th.TextContent == "项目资金（万元）").GetAttribute("rowspan"));
    }
}
