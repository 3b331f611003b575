using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Cli;
using JuneBudget.Markdown;
using JuneBudget.Orchestration;
using JuneBudget.Rendering.Pdf;
using JuneBudget.Tests.Support;
using UglyToad.PdfPig;

namespace JuneBudget.Tests.Rendering;

/// <summary>
/// build --pdf: the PDF beside the Word draft (LibreOffice), fonts embedded, the 目录's page numbers
/// read from LibreOffice's rendering; and the page layout measured on that PDF: no page but the
/// last under a quarter full, 公开01表 on one page. The sample is built once for these tests.
/// </summary>
public sealed class PdfExportTests
{
    private const string Sample = "乌鲁木齐市工业和信息化局(本级)";
    private const string Draft = Sample + "2024年度部门决算公开说明";

    private static readonly Lazy<(byte[] Docx, byte[] Pdf, string[] Files)> Built = new(() =>
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch, "--pdf"));
        var folder = Path.Combine(batch.Output, Sample, "2024");
        return (File.ReadAllBytes(Path.Combine(folder, Draft + ".docx")), File.ReadAllBytes(Path.Combine(folder, Draft + ".pdf")),
            [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!)]);
    });

    [LibreOfficeFact]
    public void BuildWithPdfWritesThePdfBesideTheWordDraftWithItsFontsEmbedded()
    {
        Assert.NotNull(LibreOffice.Find());
        var (_, pdf, files) = Built.Value;
        Assert.Contains(Draft + ".docx", files);
        Assert.Contains(Draft + ".pdf", files);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 30);
        // Every font the pages use is embedded (a FontFile stream), so the PDF prints the same anywhere.
        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/FontFile", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct(),
            name => !name.Contains('+', StringComparison.Ordinal)); // embedded subsets are named ABCDEF+Name
    }

    [LibreOfficeFact]
    public void TheContentsOfTheWordDraftGivesThePageOnWhichThePdfPrintsEachHeading()
    {
        var (docx, pdf, _) = Built.Value;
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var entries = word.MainDocumentPart!.Document.Body!.Elements<SdtBlock>().Single().Descendants<Hyperlink>()
            .Select(h => (Text: string.Concat(h.Descendants<Text>().Select(t => t.Text)), Tab: h.Descendants<TabChar>().Any()))
            .ToList();
        Assert.True(entries.Count > 30);
        Assert.All(entries, e => Assert.True(e.Tab, $"目录 entry without a page number: {e.Text}"));
        var pages = PdfPageTexts.Read(pdf);
        var contentsPages = pages.TakeWhile(p => !p.Contains("第一部分单位概况一、", StringComparison.Ordinal)).Count();
        foreach (var (text, _) in entries)
        {
            var match = System.Text.RegularExpressions.Regex.Match(text, @"^(.*?)(\d+)$");
            Assert.True(match.Success, text);
            var (title, page) = (PdfPageTexts.Compact(match.Groups[1].Value), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(page > contentsPages, $"{title}: page {page} is inside the 目录");
            Assert.Contains(title, pages[page - 1], StringComparison.Ordinal);
        }
    }

    [LibreOfficeFact]
    public void NoPageButTheLastIsUnderAQuarterFullAndTable01FitsOnePage()
    {
        var (_, pdf, _) = Built.Value;
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var underfull = new List<string>();
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var page = pages[i];
            // The footer's page number (“— 7 —”) is not content.
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Bottom > page.Height * 0.1).ToList();
            var fill = letters.Count == 0 ? 0 : (letters.Max(l => l.BoundingBox.Top) - letters.Min(l => l.BoundingBox.Bottom)) / page.Height;
            if (fill < 0.25) underfull.Add($"p.{i + 1}: {fill:0.00}");
        }
        Assert.Empty(underfull);
        var texts = PdfPageTexts.Read(pdf);
        var t01 = Assert.Single(Enumerable.Range(0, texts.Count), p => texts[p].Contains("公开01表", StringComparison.Ordinal));
        // Its last row (总计, 行次 30 and 60) is on the page of its title.
        Assert.Contains("总计307,138.31总计607,138.31", texts[t01], StringComparison.Ordinal);
    }

    [Fact]
    public void TheContentsPagesAreReadAfterTheContentsInHeadingOrder()
    {
        HeadingEntry[] entries = [new(1, "p1", "第一部分 单位概况"), new(2, "s1", "一、主要职能"), new(1, "p2", "第二部分 说明")];
        string[] pages =
        [
            "标题目录第一部分单位概况...3一、主要职能...3",
            "第二部分说明...4",
            "第一部分单位概况一、主要职能（1）……",
            "……第二部分说明正文",
        ];
        var located = ContentsPages.Locate(entries, pages);
        Assert.Equal(new Dictionary<string, int> { ["p1"] = 3, ["s1"] = 3, ["p2"] = 4 }, located);
    }

    [Fact]
    public void WithoutLibreOfficeTheMessageSaysHowToInstallItAndThatTheRestIsBuilt()
    {
        Assert.Null(LibreOffice.Find(name => name == LibreOffice.ProgramVariable ? "/nowhere/soffice" : null));
        Assert.Null(LibreOffice.Find(name => name == "PATH" ? "/nowhere" : null));
        Assert.Contains("未找到 LibreOffice", PdfSupport.Missing, StringComparison.Ordinal);
        Assert.Contains("libreoffice-writer-nogui", PdfSupport.Missing, StringComparison.Ordinal);
        Assert.Contains("照常生成", PdfSupport.Missing, StringComparison.Ordinal);
    }
}
