using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// What a pasted, exported or hostile workbook holds, read from a real file: control characters
/// are cleaned with a finding at their cell, an amount cell takes amounts only, and a workbook
/// beyond the reader's limits is refused with a finding naming file and sheet, quickly and
/// without gigabytes.
/// </summary>
public sealed class WorkbookReaderHostileTests : IDisposable
{
    private const string File = "测试局2024.xlsx";
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Written()
    {
        var path = Path.Combine(_dir.Path, File);
        WorkbookWriter.Write(SecondUnitSample.Workbook() with { PriorYearSheet = SecondUnitSample.Prior() }, path);
        return path;
    }

    /// <summary>Reads <paramref name="path"/>, checking it allocates less than <paramref name="maxBytes"/> on this thread.</summary>
    private static ReadResult Read(string path, long maxBytes = 200_000_000)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = WorkbookReader.Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < maxBytes, $"reading allocated {allocated:N0} bytes");
        return result;
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_removed_with_a_finding_at_their_cell()
    {
        var path = Written();
        XlsxSurgery.SetText(path, SheetNames.封面, "B4", "乌鲁木齐市_x001B_[2J测试局_xD800_");
        XlsxSurgery.SetText(path, SheetNames.主要原因, "C4", "第一行_x000B_第二行_x0001_\n第三行_x000D_\n第四行\t完");

        var result = Read(path);

        Assert.Equal("乌鲁木齐市[2J测试局", result.Workbook!.Unit.Name);
        Assert.Equal("第一行第二行\n第三行\n第四行\t完", result.Workbook.Reasons.ByKey.Values.First().Value);
        var cleaned = result.Of(ReadFindings.TextCleaned).ToList();
        Assert.Equal(["B4", "C4"], cleaned.Select(f => f.Cells[0].Cell));
        Assert.Equal([SheetNames.封面, SheetNames.主要原因], cleaned.Select(f => f.Cells[0].Sheet));
        Assert.All(cleaned, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("2 个", cleaned[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("F7", "s=\"{date}\"", "<v>45292</v>", "日期“2024-01-01”")]
    [InlineData("F8", "t=\"b\"", "<v>1</v>", "逻辑值“TRUE”")]
    [InlineData("F9", "", "<v>NaN</v>", "非有限数")]
    [InlineData("F10", "", "<v>1E+300</v>", "超出合理范围")]
    [InlineData("F11", "", "<f>SUM(F7:F10)</f>", "公式没有计算结果")]
    [InlineData("F12", "t=\"inlineStr\"", "<is><t>12345678901234567890123456789</t></is>", "超出合理范围")]
    [InlineData("F13", "t=\"e\"", "<f>#REF!+1</f><v>#REF!</v>", "公式出错（#REF!）")]
    [InlineData("F14", "t=\"inlineStr\"", "<is><t>123456789012345678901234567890123</t></is>", "超出合理范围")]
    [InlineData("F15", "", "<v>20000000000</v>", "超出合理范围")]
    public void An_amount_cell_takes_amounts_only(string cell, string attributes, string inner, string expected)
    {
        var path = Written();
        var date = XlsxSurgery.AddCellFormat(path, 14);
        XlsxSurgery.SetCell(path, "公开01表", cell, attributes.Replace("{date}", date.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), inner);

        var result = Read(path);

        Assert.NotNull(result.Workbook);
        var finding = Assert.Single(result.Of(ReadFindings.BadNumber));
        Assert.Equal(new SourceRef(File, "公开01表", cell), finding.Cells[0]);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void A_merge_over_a_whole_sheet_costs_what_the_sheets_content_covers()
    {
        // 78 KB of workbook used to take 5 GB and 38 s, then OutOfMemory.
        var path = Written();
        XlsxSurgery.AddMerge(path, "公开05表", "G1:XFD1048576");

        var result = Read(path, maxBytes: 100_000_000);

        Assert.NotNull(result.Workbook);
    }

    [Fact]
    public void Text_longer_than_Excel_allows_refuses_the_file_naming_sheet_and_cell()
    {
        var path = Written();
        XlsxSurgery.SetText(path, SheetNames.主要原因, "C5", new string('长', 1_000_000));

        var result = Read(path, maxBytes: 100_000_000);

        Assert.Null(result.Workbook);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReadFindings.LimitExceeded, finding.RuleId);
        Assert.Equal(File, finding.File);
        Assert.Contains("工作表“主要原因”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("32,767", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_beyond_the_last_row_read_refuses_the_file_naming_sheet_and_cell()
    {
        // A million-row text table ended in a template error naming no cell.
        var path = Written();
        XlsxSurgery.AddRows(path, SheetNames.主要原因, rows => rows.Append("<row r=\"70000\"><c r=\"C70000\" t=\"inlineStr\"><is><t>远处</t></is></c></row>"));

        var result = Read(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReadFindings.LimitExceeded, finding.RuleId);
        Assert.Contains("工作表“主要原因”单元格 C70000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_workbook_xml_is_refused_not_a_stack_overflow()
    {
        // 40,000 nested elements overflowed the SDK's recursive loader and killed the process.
        var path = Written();
        XlsxSurgery.EditPart(path, "xl/workbook.xml", xml =>
        {
            var at = xml.IndexOf("<x:sheets>", StringComparison.Ordinal);
            var nest = new StringBuilder();
            for (var i = 0; i < 40_000; i++) nest.Append("<x:extLst>");
            for (var i = 0; i < 40_000; i++) nest.Append("</x:extLst>");
            return xml[..at] + nest + xml[at..];
        });

        var result = Read(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReadFindings.LimitExceeded, finding.RuleId);
        Assert.Contains("workbook.xml", finding.Message, StringComparison.Ordinal);
        Assert.Contains("嵌套", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_that_unpacks_beyond_the_limit_is_refused()
    {
        var path = Written();
        var part = XlsxSurgery.SheetPart(path, "公开09表");
        XlsxSurgery.WritePart(path, part, stream =>
        {
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 40; i++) stream.Write(spaces);
            stream.Write("</sheetData></worksheet>"u8);
        });

        var result = Read(path);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ReadFindings.LimitExceeded, finding.RuleId);
        Assert.Contains("工作表“公开09表”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("32 MB", finding.Message, StringComparison.Ordinal);
    }
}
