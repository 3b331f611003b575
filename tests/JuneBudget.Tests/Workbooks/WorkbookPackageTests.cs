using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// The snapshot is built straight from the package: what Excel and other tools store, that
/// ClosedXML never writes, must read as the user sees it in Excel.
/// </summary>
public sealed class WorkbookPackageTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Inline(string cell, string text) => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    private static string Shared(string cell, int index) => $"<c r=\"{cell}\" t=\"s\"><v>{index}</v></c>";

    private static string Number(string cell, string stored) => $"<c r=\"{cell}\"><v>{stored}</v></c>";

    private static string Rows(params string[] rows) => "<sheetData>" + string.Concat(rows) + "</sheetData>";

    private static string Row(int r, params string[] cells) => $"<row r=\"{r}\">" + string.Concat(cells) + "</row>";

    private SheetReader ReadOne(string body, string? sharedStrings = null)
    {
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "raw.xlsx"), [("表", body)], sharedStrings);
        return Assert.Single(WorkbookPackage.ReadSheets(path, "raw.xlsx"));
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
    public void Excel_escapes_of_control_characters_are_decoded()
    {
        var sheet = ReadOne(Rows(Row(1, Shared("A1", 0), Shared("A2", 1))),
            "<si><t>第一行_x000D_\n第二行</t></si><si><t>字面_x005F_x000D_下划线</t></si>");
        Assert.Equal("第一行\r\n第二行", sheet.Raw(1, 1));
        Assert.Equal("字面_x000D_下划线", sheet.Raw(2, 1));
    }

    [Fact]
    public void A_formula_cell_gives_the_value_Excel_last_computed()
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
        Assert.Null(sheet.Raw(1, 3));
        Assert.Equal("#DIV/0!", sheet.Raw(1, 4));
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
        Assert.Equal("#N/A", sheet.Raw(1, 6));
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
        var sheet = ReadOne(Rows(Row(4, Inline("A4", "预算数"), "<c r=\"B4\"/>"), Row(5, Inline("C5", "公务用车"))) +
            "<mergeCells count=\"2\"><mergeCell ref=\"A4:F4\"/><mergeCell ref=\"C5:E6\"/></mergeCells>");
        Assert.Equal("预算数", sheet.Text(4, 6));
        Assert.Null(sheet.Raw(4, 6));
        Assert.Equal("公务用车", sheet.Text(6, 5));
        Assert.True(sheet.IsBlank(7, 5));
        Assert.True(sheet.IsBlank(4, 7));
    }

    [Fact]
    public void Sheets_come_in_workbook_order_with_their_names()
    {
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "order.xlsx"),
            [("公开09表", Rows()), ("封面", Rows(Row(1, Inline("A1", "x")))), ("Sheet 3", "<sheetData/>")]);
        var sheets = WorkbookPackage.ReadSheets(path, "order.xlsx");
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

    [Fact]
    public void A_three_public_table_as_Excel_stores_it_reads_to_its_figures()
    {
        var cover = WorkbookFields.Cover.Select((f, i) => Row(4 + i, Inline($"A{4 + i}", f.Key), f.Key switch
        {
            WorkbookFields.单位名称 => Inline($"B{4 + i}", "测试局(本级)"),
            WorkbookFields.年度 => Number($"B{4 + i}", "2024"),
            WorkbookFields.单位类型 => Inline($"B{4 + i}", "单位"),
            WorkbookFields.单位性质 => Inline($"B{4 + i}", "行政单位"),
            _ => "",
        }));
        var coverBody = Rows([Row(1, Inline("A1", "封面")), Row(3, Inline("A3", "项目"), Inline("B3", "内容")), .. cover]);
        var path = RawXlsx.Write(Path.Combine(_dir.Path, "三公.xlsx"), [("封面", coverBody), ("公开09表", ThreePublicBody)], ThreePublicStrings);

        var r = WorkbookReader.Read(path);

        var t = r.Workbook!.Tables.ThreePublic;
        Assert.True(t.Present);
        Assert.Equal(17.92m, t.Get(R.预算数, C.三公合计).Value);
        Assert.Equal(new SourceRef("三公.xlsx", "公开09表", "A8"), t.Get(R.预算数, C.三公合计).Source);
        Assert.Equal(5m, t.Get(R.预算数, C.因公出国费).Value);
        Assert.Equal(10.92m, t.Get(R.预算数, C.公务用车购置及运行费).Value);
        Assert.Equal(0m, t.Get(R.预算数, C.公务用车购置费).Value);
        Assert.Equal(4m, t.Get(R.决算数, C.因公出国费).Value);
        Assert.Equal(9.5m, t.Get(R.决算数, C.公务用车运行费).Value);
        Assert.Equal(1.5m, t.Get(R.决算数, C.公务接待费).Value);
        Assert.Equal(new SourceRef("三公.xlsx", "公开09表", "L8"), t.Get(R.决算数, C.公务接待费).Source);
        Assert.DoesNotContain(r.Findings, f => f.Cells.Any(c => c.Sheet == "公开09表"));
    }

    // Header texts as shared strings, one of them rich text; 0 预算数 1 决算数 2 合计 3 因公出国（境）费
    // 4 公务用车购置及运行费 (runs) 5 公务接待费 6 小计 7 公务用车购置费 8 公务用车运行费 9 “5” as text 10 “—”.
    private const string ThreePublicStrings = "<si><t>预算数</t></si><si><t>决算数</t></si><si><t>合计</t></si>"
        + "<si><t>因公出国（境）费</t></si><si><r><t>公务用车</t></r><r><rPr><b/></rPr><t>购置及运行费</t></r></si>"
        + "<si><t>公务接待费</t></si><si><t>小计</t></si><si><t>公务用车购置费</t></si><si><t>公务用车运行费</t></si>"
        + "<si><t>5</t></si><si><t>—</t></si>";

    private static string ThreePublicBody
    {
        get
        {
            string Block(int row, char first, params int[] strings) =>
                string.Concat(strings.Select((s, i) => s < 0 ? "" : Shared($"{(char)(first + i)}{row}", s)));
            var numbering = string.Concat(Enumerable.Range(0, 12).Select(i => Number($"{(char)('A' + i)}7", $"{i + 1}")));
            var merges = new[] { "A1:L1", "A4:F4", "G4:L4", "C5:E5", "I5:K5", "A5:A6", "B5:B6", "F5:F6", "G5:G6", "H5:H6", "L5:L6" };
            return Rows(
                Row(1, Inline("A1", "财政拨款“三公”经费支出决算表")),
                Row(2, Inline("L2", "公开09表")),
                Row(3, Inline("A3", "部门：测试局(本级)"), Inline("L3", "金额单位：万元")),
                Row(4, Shared("A4", 0), Shared("G4", 1)),
                Row(5, Block(5, 'A', 2, 3, 4, -1, -1, 5), Block(5, 'G', 2, 3, 4, -1, -1, 5)),
                Row(6, Block(6, 'C', 6, 7, 8), Block(6, 'I', 6, 7, 8)),
                Row(7, numbering),
                // 预算数 with a formula total, a number stored as text, binary noise and a dash;
                // 决算数 cells without references, as some exporters write them.
                Row(8, "<c r=\"A8\"><f>B8+C8+F8</f><v>17.919999999999998</v></c>", Shared("B8", 9),
                    "<c r=\"C8\"><f>D8+E8</f><v>10.920000000000002</v></c>", Shared("D8", 10), Number("E8", "10.92"), Number("F8", "2"),
                    "<c><v>15</v></c><c t=\"inlineStr\"><is><t>4.00</t></is></c><c><v>9.5</v></c><c><v>0</v></c><c><v>9.5</v></c><c><v>1.5</v></c>"))
                + "<mergeCells>" + string.Concat(merges.Select(m => $"<mergeCell ref=\"{m}\"/>")) + "</mergeCells>";
        }
    }
}
