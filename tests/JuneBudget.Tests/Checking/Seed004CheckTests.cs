using JuneBudget.Checking;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// A document JuneBudget never generated: seed 004, the department's own published text, put into
/// a .docx and checked against the sample workbook of its unit (the workbook was made from it).
/// </summary>
public sealed class Seed004CheckTests
{
    private static readonly Lazy<IReadOnlyList<CheckFinding>> Findings = new(() => CheckedSample.Check(SeedDocx.From(Seed004.SeedText)));

    [Fact]
    public void TheOneNumberOfTheSeedThatDiffersFromTheWorkbookIsFound()
    {
        // 0.50 ÷ 7,138.31 = 0.0070%: the seed prints 0.007%, three places; a share has two, 0.01%.
        // Every other computed number of the seed's sentences equals the workbook's.
        Assert.Equal(["第二部分 五（二）第 5 项：文中 0.007%，按工作簿应为 0.01%（公开05表 C33、公开05表 C7）"],
            Findings.Value.Where(f => f.Kind == CheckKind.WrongNumber).Select(f => f.Message));
    }

    [Fact]
    public void TheSeedsTitleNamesTheUnitAndYearOfTheWorkbook() =>
        Assert.DoesNotContain(Findings.Value, f => f.Kind == CheckKind.Identity);

    [Fact]
    public void DraftFileChecksAHandWrittenDocumentThroughTheCommandLine()
    {
        using var batch = new BatchInput().WithSample();
        var draft = Path.Combine(batch.Input, "..", "种子004.docx");
        File.WriteAllBytes(draft, SeedDocx.From(Seed004.SeedText));

        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Check(batch, "--draft", draft));

        var page = File.ReadAllText(Path.Combine(batch.Output, "核对结果-种子004.html"));
        Assert.Contains("<mark>0.007%</mark>", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(batch.Output, "核对结果-种子004.json")));
    }

    [Fact]
    public void APdfIsReadLineByLineWithItsPages()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("Total 7,138.31 and 35. 00.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        builder.AddPage(PageSize.A4).AddText("Second page 26.54%", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        using var pdf = new MemoryStream(builder.Build());

        var blocks = PdfDraftReader.Read(pdf);

        Assert.Equal([("Total7,138.31and35.00.Secondpage26.54%", (int?)1)], blocks.Select(b => (b.Text, b.Page)));
    }

    [Fact]
    public void WhatIsNoPdfIsADraftReadException()
    {
        using var stream = new MemoryStream("not a pdf"u8.ToArray());
        Assert.Throws<DraftReadException>(() => PdfDraftReader.Read(stream));
    }
}
