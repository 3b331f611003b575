using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Hostile;

/// <summary>What the batch must make of a corpus file.</summary>
internal enum Outcome
{
    /// <summary>Built into a unit folder (its findings in 校验结果.json).</summary>
    Built,
    /// <summary>Listed in 审核总览 as not processed, with why.</summary>
    Unprocessed,
}

/// <summary>
/// One file of the hostile corpus: its class (as issue 13 sorts them), how it is made, what the
/// batch must make of it, and the finding that must name it (rule id; sheet and cell when the
/// problem has one; null when the file is fine to read, e.g. markup in text, which must simply stay text).
/// </summary>
internal sealed record CorpusCase(string Class, string FileName, Action<string> Make, Outcome Outcome,
    string? RuleId = null, string? Sheet = null, string? Cell = null, string? Unit = null);

/// <summary>
/// The corpus, built programmatically from the second test unit (each case with a unit name of
/// its own, so that none clashes with another or with the sample): markup in every text field,
/// a name long enough to clash, control characters, resource bombs, files that are not .xlsx,
/// values that are not amounts, damaged and locked files.
/// </summary>
internal static class HostileCorpus
{
    public const string Held = "19-被占用.xlsx";

    public static IReadOnlyList<CorpusCase> Cases { get; } =
    [
        Markup("01-标题属性注入.xlsx", "攻击样本01", HostileText.All[0]),
        Markup("02-脚本.xlsx", "攻击样本02", "<script>alert(1)</script><img src=x onerror=alert(1)>"),
        Markup("03-伪造标记.xlsx", "攻击样本03", "⟦9,999.99|s1⟧【待补充：主要原因（键：收支总体.上年）】[链接](javascript:alert(1)) {.x onclick=y}"),
        new("review page published as public", "04-长单位名.xlsx", p => Write(p, new string('长', 70) + "局"), Outcome.Built, Unit: new string('长', 70) + "局"),
        new("control characters", "05-控制字符.xlsx", p =>
        {
            Write(p, "攻击样本05");
            XlsxSurgery.SetText(p, SheetNames.封面, "B4", "攻击样本05_x001B_[2J_xD800_");
            XlsxSurgery.SetText(p, SheetNames.主要原因, "C4", "第一行_x000B_第二行_x0001_");
        }, Outcome.Built, ReadFindings.TextCleaned, SheetNames.封面, "B4", "攻击样本05[2J"),
        new("resource bomb", "06-深层嵌套.xlsx", p =>
        {
            Write(p, "攻击样本06");
            XlsxSurgery.EditPart(p, "xl/workbook.xml", xml =>
            {
                var at = xml.IndexOf("<x:sheets>", StringComparison.Ordinal);
                return xml[..at] + string.Concat(Enumerable.Repeat("<x:extLst>", 40_000)) + string.Concat(Enumerable.Repeat("</x:extLst>", 40_000)) + xml[at..];
            });
        }, Outcome.Unprocessed, ReadFindings.LimitExceeded, "workbook.xml"),
        new("resource bomb", "07-合并炸弹.xlsx", p =>
        {
            Write(p, "攻击样本07");
            XlsxSurgery.AddMerge(p, "公开09表", "G1:XFD1048576");
        }, Outcome.Built, Unit: "攻击样本07"),
        new("resource bomb", "08-超长文字.xlsx", p =>
        {
            Write(p, "攻击样本08");
            XlsxSurgery.SetText(p, SheetNames.主要原因, "C5", new string('长', 1_000_000));
        }, Outcome.Unprocessed, ReadFindings.LimitExceeded, SheetNames.主要原因, "C5"),
        new("resource bomb", "09-百万行.xlsx", p =>
        {
            Write(p, "攻击样本09");
            XlsxSurgery.AddRows(p, SheetNames.主要原因, rows => rows.Append("<row r=\"1000000\"><c r=\"C1000000\" t=\"inlineStr\"><is><t>第一百万行</t></is></c></row>"));
        }, Outcome.Unprocessed, ReadFindings.LimitExceeded, SheetNames.主要原因, "C1000000"),
        new("resource bomb", "10-解压炸弹.xlsx", p =>
        {
            Write(p, "攻击样本10");
            XlsxSurgery.WritePart(p, XlsxSurgery.SheetPart(p, "公开08表"), stream =>
            {
                stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
                var spaces = new byte[1 << 20];
                Array.Fill(spaces, (byte)' ');
                for (var i = 0; i < 40; i++) stream.Write(spaces);
                stream.Write("</sheetData></worksheet>"u8);
            });
        }, Outcome.Unprocessed, ReadFindings.LimitExceeded, "公开08表"),
        new("files silently ignored", "11-旧格式.xls", p => File.Copy(Path.Combine(RepoPaths.Fixtures, "Xls", "测试局2024.xls"), p), Outcome.Built, Unit: SecondUnitSample.Name),
        new("files silently ignored", "12-启用宏.xlsm", p =>
        {
            Write(p, "攻击样本12");
            XlsxSurgery.EditPart(p, "[Content_Types].xml", xml => xml.Replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal));
        }, Outcome.Built, Unit: "攻击样本12"),
        new("files silently ignored", "13-导出.csv", p => File.WriteAllText(p, "项目,金额\n收入,1\n"), Outcome.Unprocessed, ReadFindings.NotAWorkbook),
        new("files silently ignored", "14-说明.docx", p => File.WriteAllBytes(p, [0x50, 0x4B, 0x03, 0x04]), Outcome.Unprocessed, ReadFindings.NotAWorkbook),
        new("files silently ignored", "15-无扩展名", p => File.WriteAllText(p, "?"), Outcome.Unprocessed, ReadFindings.NotAWorkbook),
        new("values that are not amounts", "16-金额异常.xlsx", p =>
        {
            Write(p, "攻击样本16");
            var date = XlsxSurgery.AddCellFormat(p, 14).ToString(System.Globalization.CultureInfo.InvariantCulture);
            XlsxSurgery.SetCell(p, "公开01表", "F7", $"s=\"{date}\"", "<v>45292</v>");
            XlsxSurgery.SetCell(p, "公开01表", "F8", "t=\"b\"", "<v>1</v>");
            XlsxSurgery.SetCell(p, "公开01表", "F9", "", "<v>NaN</v>");
            XlsxSurgery.SetCell(p, "公开01表", "F10", "", "<v>1E+300</v>");
            XlsxSurgery.SetCell(p, "公开01表", "F11", "", "<f>SUM(F7:F10)</f>");
            XlsxSurgery.SetCell(p, "公开01表", "F12", "t=\"inlineStr\"", "<is><t>12345678901234567890123456789</t></is>");
            XlsxSurgery.SetCell(p, "公开01表", "F13", "t=\"e\"", "<f>#REF!</f><v>#REF!</v>");
        }, Outcome.Built, ReadFindings.BadNumber, "公开01表", "F7", "攻击样本16"),
        new("damaged", "17-加密.xlsx", p => File.WriteAllBytes(p,
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[100]]),
            Outcome.Unprocessed, ReadFindings.FileEncrypted),
        new("damaged", "18-损坏.xlsx", p => File.WriteAllBytes(p, [0x50, 0x4B, 0x03, 0x04, 0xDE, 0xAD]), Outcome.Unprocessed, ReadFindings.FileUnreadable),
        new("input held open", Held, p => Write(p, "攻击样本19"), Outcome.Unprocessed, ReadFindings.FileUnreadable),
        new("damaged", "20-空文件.xlsx", p => File.WriteAllBytes(p, []), Outcome.Unprocessed, ReadFindings.FileUnreadable),
    ];

    private static CorpusCase Markup(string file, string unit, string text) =>
        new("markup injection", file, p => WriteModel(p, HostileText.Everywhere(Base(unit), text) with { Unit = Base(unit).Unit with { Name = unit + text } }),
            Outcome.Built, Unit: unit + HostileText.Visible(text));

    private static BudgetWorkbook Base(string unit)
    {
        var workbook = SecondUnitSample.Workbook() with { PriorYearSheet = SecondUnitSample.Prior() };
        return workbook with { Unit = workbook.Unit with { Name = unit } };
    }

    private static void Write(string path, string unit) => WriteModel(path, Base(unit));

    private static void WriteModel(string path, BudgetWorkbook workbook) => WorkbookWriter.Write(workbook, path);
}
