using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;
using static JuneBudget.Tests.Workbooks.RawCells;

namespace JuneBudget.Tests.Workbooks;

/// <summary>A public table stored the way Excel and exporters store it reads like the canonical one.</summary>
public sealed class WorkbookPackageTableTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

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
