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
    public void EveryFindingOnTheSeedWithItsTablesAttached()
    {
        // The seed's text with the 公开表 the generator prints from the workbook attached (the extraction has none).
        var findings = CheckedSample.Check(SeedDocx.From(Seed004.SeedText, CheckedSample.Expected.Docx));
        Assert.Equal(
        [
            "第二部分 五（二）第 5 项：文中 0.007%，按工作簿应为 0.01%（公开05表 C33、公开05表 C7）",
            // The seed's 15 自评表 are text (PDF extraction), recognised as forms: none of their numbers is an added
            // number, and a form is there when its 项目名称 is. These three names are cut up in the extraction
            // (“2023 年度乌鲁木齐 市政务云第三 方评估服务项…”, “度安全生产目标 秀奖励金”, “提前 下达中央财政 2 2024 年中小企…”).
            "项目支出绩效自评表（2024年度）（2023年度乌鲁木齐市政务云第三方评估服务项目（上年结转资金））：草稿中没有这张表。",
            "项目支出绩效自评表（2024年度）（2023年度安全生产目标考核优秀奖励金）：草稿中没有这张表。",
            "项目支出绩效自评表（2024年度）（提前下达中央财政2024年中小企业发展专项资金（专精特新方向））：草稿中没有这张表。",
        ], findings.Select(f => f.Message));
    }

    [Fact]
    public void ANumberAfterAnAsciiCommaIsANumber()
    {
        // PDF text of a hand-written document uses the ASCII comma as punctuation: “1 批次,7人次” has two numbers,
        // while 7,138.31 stays one.
        using var stream = new MemoryStream(SeedDocx.From("单位全年安排的国内公务接待 1 批次,7人次。收入总计 7,138.31 万元。"));
        var view = DraftView.Build(DocxDraftReader.Read(stream));
        Assert.Equal(["1", "7", "7,138.31"], view.Sentences.SelectMany(s => s.Numbers).Select(n => n.Text));
    }

    [Fact]
    public void AHeadingSharingItsLineWithTheTextIsSplitOff()
    {
        var blocks = PlainTextBlocks.From(new (string, int?)[]
        {
            ("七、政府性基金预算财政拨款收入支出决算情况说明 2024年度政府性基金预算财政拨款收入总计 0.00 万元,其", 9),
            ("中:年初结转和结余 0.00 万元。", 9),
            ("(一) 一般公共预算财政拨款支出决算总体情况", 10),
            // A list item with punctuation in its first words is text, not a heading.
            ("一、加强学习，努力提高各部门绩效追踪 和评价工作的水平及质量。", 10),
        });

        Assert.Equal(
        [
            (DraftBlockKind.Heading, "七、政府性基金预算财政拨款收入支出决算情况说明", 2),
            (DraftBlockKind.Paragraph, "2024年度政府性基金预算财政拨款收入总计0.00万元,其中:年初结转和结余0.00万元。", 0),
            (DraftBlockKind.Heading, "(一)一般公共预算财政拨款支出决算总体情况", 3),
            (DraftBlockKind.Paragraph, "一、加强学习，努力提高各部门绩效追踪和评价工作的水平及质量。", 0),
        ], blocks.Select(b => (b.Kind, b.Text, b.Level)));
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
