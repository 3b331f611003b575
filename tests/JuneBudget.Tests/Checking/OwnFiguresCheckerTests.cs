using JuneBudget.Checking;
using JuneBudget.Cli;
using JuneBudget.Rendering.Pdf;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// `check --draft FILE` without a workbook: a document against its own attached tables and its own arithmetic.
/// Seed 004 is the department's own text; its 公开表 are attached as the generator prints them from the sample
/// workbook (the seed's text extraction has none), so the seed's numbers meet the tables they were published with.
/// </summary>
public sealed class OwnFiguresCheckerTests
{
    private static IReadOnlyList<CheckFinding> Check(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return OwnFiguresChecker.Check(DraftView.Build(DocxDraftReader.Read(stream)));
    }

    private static byte[] Seed004Docx(Func<string, string>? edit = null) =>
        SeedDocx.From((edit ?? (t => t))(Seed004.SeedText), CheckedSample.Expected.Docx);

    [Fact]
    public void Seed004AgreesWithItsOwnTables()
    {
        // Every share, growth and variance rate, 其中 sum and table row of seed 004 agrees with its printed figures:
        // 0.007% is 0.50 ÷ 7,138.31 at the three places it is printed with (the workbook check asks for two);
        // 1,763.61 + 131.18 = 1,894.79 against 基本支出 1,894.78 is in two paragraphs, not one 其中 sentence.
        Assert.Empty(Check(Seed004Docx()));
    }

    [Fact]
    public void EachEditOfTheSeedIsFoundWithWhatItsOwnFiguresGive()
    {
        var findings = Check(Seed004Docx(t => t
            .Replace("下降 94. 17%", "下降 94. 71%", StringComparison.Ordinal)
            .Replace("(类)2,288.22 万元,占32.06%", "(类)2,288.32 万元,占23.06%", StringComparison.Ordinal)
            .Replace("决算数 7,138.31 万元,预决算差异率-4.11%", "决算数 7,138.31 万元,预决算差异率4.11%", StringComparison.Ordinal)
            .Replace("公务接待费 0.03 万元, 开支", "公务接待费 0.03 元, 开支", StringComparison.Ordinal)
            .Replace("政府采购货物支出 9.25 万元", "政府采购货物支出 19.25 万元", StringComparison.Ordinal)
            .Replace("公务接待费支出 0.03 万元,占 0.17%", "公务接待费支出 0.30 万元,占 0.17%", StringComparison.Ordinal)));

        Assert.All(findings, f => Assert.Equal(CheckKind.Inconsistent, f.Kind));
        Assert.All(findings, f => Assert.Equal(CheckSeverity.Error, f.Severity));
        Assert.Equal(
        [
            "第二部分 五（一）第 1 段第 3 句：预决算差异率 4.11%，按文中预算数 7,444.13万元、决算数 7,138.31万元应为 -4.11%（（决算数−预算数）÷预算数）",
            "第二部分 五（二）第 1 项：文中“科学技术支出”2,288.32万元，公开01表、公开02表、公开03表、公开04表、公开05表该行为 0.00、2,288.22万元",
            "第二部分 五（二）第 1 项：占 23.06%，2,288.32万元与文中和表中任何一个总额之比都不是它（如 ÷ 7,138.31万元 = 32.06%）",
            "第二部分 五（三）第 1 项：下降 94.71%，按本年 35.00万元、减少 565.00万元应为 94.17%（变动额÷上年数，上年数 = 本年数＋变动额）",
            // One wrong figure (公务接待费 0.30 for 0.03) breaks its row, the 三公 sum, its share and its growth rate.
            "第二部分 九第 1 段第 2 句：1.56 + 16.33 + 0.30 = 18.19万元，合计却为 17.92万元（相差 0.27万元）",
            "第二部分 九第 1 段第 4 句：文中“公务接待费”0.30万元，公开06表该行为 0.03万元",
            "第二部分 九第 1 段第 4 句：占 0.17%，0.30万元与文中和表中任何一个总额之比都不是它（如 ÷ 17.92万元 = 1.67%）",
            "第二部分 九第 1 段第 4 句：增长 200.00%，按本年 0.30万元、增加 0.02万元应为 7.14%（变动额÷上年数，上年数 = 本年数−变动额）",
            "第二部分 九第 5 段第 1 句：文中 0.03元，公开06表“公务接待费”为 0.03万元（金额单位应为万元）",
            "第二部分 十（二）第 1 段：19.25 + 0.00 + 10,527.08 = 10,546.33万元，合计却为 10,536.33万元（相差 10.00万元）",
        ], findings.Select(f => f.Message));
        // The page marks the number the finding is about.
        var growth = findings.Single(f => f.Message.Contains("94.71", StringComparison.Ordinal));
        Assert.Equal("94.71%", growth.Sentence.Substring(growth.MarkStart, growth.MarkLength));
    }

    [Fact]
    public void APartWithinTheRoundingOfItsFiguresIsForAPersonNotAnError()
    {
        // 7,138.31 = 1,894.78 + 5,243.54 − 0.01: one cent off across three printed figures is within their rounding (3 × 0.005).
        var findings = Check(Seed004Docx(t => t.Replace("项目支出 5,243.53 万元, 占 73.46%", "项目支出 5,243.54 万元, 占 73.46%", StringComparison.Ordinal)));
        var finding = Assert.Single(findings, f => f.Message.Contains("合计却为", StringComparison.Ordinal));
        Assert.Equal(CheckSeverity.Review, finding.Severity);
        Assert.Equal("第二部分 三第 1 段：1,894.78 + 5,243.54 + 0.00 + 0.00 + 0.00 = 7,138.32万元，合计却为 7,138.31万元（相差 0.01万元，在各数舍入的范围内，请人工核对）", finding.Message);
    }

    [LibreOfficeFact]
    public void APublishedPdfIsCheckedAgainstTheTablesReadFromItsPages()
    {
        // The PDF the pipeline makes (build --pdf), with one rate edited in the Word draft before it was printed.
        var docx = CheckedSample.Draft().Replace("增长1.64%", "增长1.46%").Bytes();
        using var pdf = new MemoryStream(LibreOffice.Find()!.ToPdf(docx));
        var draft = DraftView.Build(PdfDraftReader.Read(pdf));

        Assert.Equal(["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"],
            draft.Tables.Where(t => t.Name.StartsWith("公开", StringComparison.Ordinal)).Select(t => t.Name));
        // 公开06表 runs over two pages: its last row (人员经费合计 … 公用经费合计) is read into the same table.
        Assert.Contains(draft.Tables.Single(t => t.Name == "公开06表").Rows, r => r.SequenceEqual(["人员经费合计", "1,763.61", "公用经费合计", "131.18"]));
        var finding = Assert.Single(OwnFiguresChecker.Check(draft));
        Assert.Equal("第二部分 五（一）第 1 段第 2 句：增长 1.46%，按本年 7,138.31万元、增加 115.33万元应为 1.64%（变动额÷上年数，上年数 = 本年数−变动额）", finding.Message);
        Assert.NotNull(finding.Page);
        Assert.Contains("增长1.46%", PageText(pdf, finding.Page!.Value), StringComparison.Ordinal);
    }

    private static string PageText(Stream pdf, int page)
    {
        pdf.Position = 0;
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Concat(document.GetPage(page).Text.Where(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public void CheckWithADraftAndNoInputChecksTheDocumentOnItsOwn()
    {
        using var batch = new BatchInput();
        var draft = Path.Combine(batch.Output, "..", "种子004自查.docx");
        File.WriteAllBytes(draft, Seed004Docx(t => t.Replace("下降 94. 17%", "下降 94. 71%", StringComparison.Ordinal)));

        var code = CommandLine.Run(["check", "--output", batch.Output, "--templates", RepoPaths.Templates, "--draft", draft]);

        Assert.Equal(ExitCodes.ValidationErrors, code);
        var page = File.ReadAllText(Path.Combine(batch.Output, "核对结果-种子004自查.html"));
        Assert.Contains("<mark>94.71%</mark>", page, StringComparison.Ordinal);
        Assert.Contains("核对结果：乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明", page, StringComparison.Ordinal);
        Assert.DoesNotContain("工作簿：", page, StringComparison.Ordinal);
    }
}
