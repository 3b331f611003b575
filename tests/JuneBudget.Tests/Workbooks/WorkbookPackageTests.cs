using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using static JuneBudget.Tests.Workbooks.RawCells;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// The snapshot is built straight from the package: what Excel and other tools store, that
/// ClosedXML never writes, must read as the user sees it in Excel.
/// </summary>
public sealed class WorkbookPackageTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private SheetReader ReadOne(string body, string? sharedStrings = null)
    {
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "raw.xlsx"), [("表", body)], sharedStrings);
        return Assert.Single(Sheets(path, "raw.xlsx"));
    }

    internal static List<SheetReader> Sheets(string path, string fileName)
    {
        using var stream = File.OpenRead(path);
        return WorkbookPackage.ReadSheets(stream, new ContentGuard(fileName));
    }

    [Fact]
    public void Shared_and_inline_strings_read_as_the_same_text()
    {
        var sheet = ReadOne(Rows(Row(1, Shared("A1", 0), Inline("B1", "测试局"), Shared("C1", 1))),
            "<si><t>单位名称</t></si><si><t xml:space=\"preserve\">  留白  </t></si>");
        Assert.Equal("单位名称", sheet.Raw(1, 1));
        Assert.Equal("测试局", sheet.Raw(1, 2));
        Assert.Equal("  留白  ", sheet.Raw(1, 3));
        Assert.Equal("留白", sheet.Text(1, 3));
        Assert.Equal(new SourceRef("raw.xlsx", "表", "B1"), sheet.Ref(1, 2));
    }

    [Fact]
    public void Rich_text_runs_are_concatenated_without_their_phonetic_guide()
    {
        const string item = "<si><r><rPr><b/></rPr><t>一般公共</t></r><r><t xml:space=\"preserve\">预算 </t></r>"
            + "<r><t>支出</t></r><rPh sb=\"0\" eb=\"2\"><t>いっぱん</t></rPh><phoneticPr fontId=\"1\"/></si>"
            + "<si><t>前</t><rPh sb=\"0\" eb=\"1\"/><r><t>后</t></r></si>";
        var sheet = ReadOne(Rows(Row(1, Shared("A1", 0), "<c r=\"B1\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t>富文本</t></r></is></c>",
            Shared("C1", 1))), item);
        Assert.Equal("一般公共预算 支出", sheet.Raw(1, 1));
        Assert.Equal("内联富文本", sheet.Raw(1, 2));
        Assert.Equal("前后", sheet.Raw(1, 3));
    }

    [Fact]
    public void Excel_escapes_of_control_characters_are_decoded_and_a_line_break_is_one_LF()
    {
        var sheet = ReadOne(Rows(Row(1, Shared("A1", 0), Shared("A2", 1))),
            "<si><t>第一行_x000D_\n第二行</t></si><si><t>字面_x005F_x000D_下划线</t></si>");
        Assert.Equal("第一行\n第二行", sheet.Raw(1, 1));
        Assert.Equal("字面_x000D_下划线", sheet.Raw(2, 1));
    }

    [Fact]
    public void A_formula_cell_gives_the_value_Excel_last_computed_and_says_when_there_is_none()
    {
        var sheet = ReadOne(Rows(Row(1,
            "<c r=\"A1\"><f>SUM(B1:C1)</f><v>10.920000000000002</v></c>",
            "<c r=\"B1\" t=\"str\"><f>\"合\"&amp;\"计\"</f><v>合计</v></c>",
            "<c r=\"C1\"><f>B2*2</f></c>",
            "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>",
            "<c r=\"E1\" t=\"b\"><f>TRUE()</f><v>1</v></c>")));
        Assert.Equal(10.920000000000002, sheet.Raw(1, 1));
        Assert.Equal("10.92", sheet.Text(1, 1));
        Assert.Equal("合计", sheet.Raw(1, 2));
        // Never calculated (written by a program that does not calculate): not a blank.
        Assert.Same(NoCachedValue.Instance, sheet.Raw(1, 3));
        Assert.Equal(new CellError("#DIV/0!"), sheet.Raw(1, 4));
        Assert.Equal("#DIV/0!", sheet.Text(1, 4));
        Assert.Equal(true, sheet.Raw(1, 5));
        Assert.Equal("TRUE", sheet.Text(1, 5));
    }

    [Fact]
    public void Numbers_are_doubles_as_stored_and_numbers_stored_as_text_stay_text()
    {
        var sheet = ReadOne(Rows(Row(1, Number("A1", "7138.3100000000004"), Number("B1", "1.5E-3"), Shared("C1", 0),
            "<c r=\"D1\" t=\"n\"><v>-42</v></c>", "<c r=\"E1\" t=\"b\"><v>0</v></c>", "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>")),
            "<si><t>1,234.50</t></si>");
        Assert.Equal(7138.3100000000004, sheet.Raw(1, 1));
        Assert.Equal(0.0015, sheet.Raw(1, 2));
        Assert.Equal("1,234.50", sheet.Raw(1, 3));
        Assert.Equal(1234.50m, CellValueParser.Parse(sheet.Raw(1, 3)).Value);
        Assert.Equal(-42.0, sheet.Raw(1, 4));
        Assert.Equal(false, sheet.Raw(1, 5));
        Assert.Equal(new CellError("#N/A"), sheet.Raw(1, 6));
    }

    [Fact]
    public void Cells_and_rows_without_a_reference_follow_the_previous_one()
    {
        var sheet = ReadOne(Rows(
            Row(2, Inline("B2", "甲"), "<c t=\"inlineStr\"><is><t>乙</t></is></c>", "<c><v>3</v></c>"),
            "<row><c><v>4</v></c><c r=\"E3\"><v>5</v></c><c><v>6</v></c></row>"));
        Assert.Equal("乙", sheet.Raw(2, 3));
        Assert.Equal(3.0, sheet.Raw(2, 4));
        Assert.Equal(4.0, sheet.Raw(3, 1));
        Assert.Equal(6.0, sheet.Raw(3, 6));
        Assert.Equal((2, 3, 1, 6), (sheet.FirstRow, sheet.LastRow, sheet.FirstColumn, sheet.LastColumn));
    }

    [Fact]
    public void Merged_header_cells_show_their_range_text_but_hold_no_value_of_their_own()
    {
        var sheet = ReadOne(Rows(Row(4, Inline("A4", "预算数"), "<c r=\"B4\"/>"), Row(5, Inline("C5", "公务用车")), Row(7, Number("G7", "1"))) +
            "<mergeCells count=\"2\"><mergeCell ref=\"A4:F4\"/><mergeCell ref=\"C5:E6\"/></mergeCells>");
        Assert.Equal("预算数", sheet.Text(4, 6));
        Assert.Null(sheet.Raw(4, 6));
        Assert.Equal("公务用车", sheet.Text(6, 5));
        Assert.True(sheet.IsBlank(7, 5));
        Assert.True(sheet.IsBlank(4, 7));
    }

    [Fact]
    public void A_merged_range_is_clipped_to_the_sheets_content_before_it_is_spread()
    {
        // 17 billion cells as written; the content ends at I3, so the range covers G1:I3.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sheet = ReadOne(Rows(Row(1, Inline("G1", "标题")), Row(3, Number("I3", "5"))) +
            "<mergeCells count=\"1\"><mergeCell ref=\"G1:XFD1048576\"/></mergeCells>");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000);
        Assert.Equal("标题", sheet.Text(2, 8));
        Assert.Equal((1, 3, 7, 9), (sheet.FirstRow, sheet.LastRow, sheet.FirstColumn, sheet.LastColumn));
        // I3 is inside the range: as in Excel, a covered cell shows the range's text, its own value stays raw.
        Assert.Equal(5.0, sheet.Raw(3, 9));
    }

    [Fact]
    public void Sheets_come_in_workbook_order_with_their_names()
    {
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "order.xlsx"),
            [("公开09表", Rows()), ("封面", Rows(Row(1, Inline("A1", "x")))), ("Sheet 3", "<sheetData/>")]);
        var sheets = Sheets(path, "order.xlsx");
        Assert.Equal(["公开09表", "封面", "Sheet 3"], sheets.Select(s => s.Name));
        Assert.True(sheets[0].IsEmpty);
        Assert.Equal("order.xlsx", sheets[1].File);
    }

    [Fact]
    public void A_shared_string_index_outside_the_table_makes_the_file_unreadable_not_an_exception()
    {
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "坏索引.xlsx"), [("封面", Rows(Row(1, Shared("A1", 5))))], "<si><t>a</t></si>");
        var r = WorkbookReader.Read(path);
        Assert.Null(r.Workbook);
        Assert.Equal(ReadFindings.FileUnreadable, Assert.Single(r.Findings).RuleId);
    }
}
