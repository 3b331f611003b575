using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Writes one public table on a sheet named by its code in the model's format year: rows 1–3
/// (title, code at the right, 部门 and 金额单位), the header and rows in the canonical layout of
/// docs/workbook-format.md (one writer per <see cref="TableLayout"/>), and a short note under it.
/// </summary>
internal static class TableSheetWriter
{
    public const int HeaderRow = 4;

    public static void Write(XLWorkbook workbook, BudgetWorkbook model, TableKind kind, bool blankZeros)
    {
        var format = model.Unit.Format;
        var schema = TableSchemas.For(kind);
        var table = model.Tables[kind];
        var sheet = workbook.Worksheets.Add(format.Code(kind));
        var width = Width(schema);

        CellWriter.Title(sheet, format.Title(kind), width);
        var code = sheet.Cell(2, width);
        code.Value = format.Code(kind);
        code.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        CellWriter.Text(sheet.Cell(3, 1), $"部门：{model.Unit.Name}");
        var unit = sheet.Cell(3, width);
        unit.Value = "金额单位：万元";
        unit.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        var lastRow = schema.Layout switch
        {
            TableLayout.SideBySide => SideBySideTableWriter.Write(sheet, schema, table, blankZeros),
            TableLayout.Coded => CodedTableWriter.Write(sheet, schema, table, blankZeros),
            TableLayout.Economic => EconomicTableWriter.Write(sheet, table, blankZeros),
            TableLayout.ThreePublic => ThreePublicTableWriter.Write(sheet, table, blankZeros),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        CellWriter.Grid(sheet, HeaderRow, 1, lastRow, width);
        var note = sheet.Cell(lastRow + 2, 1);
        CellWriter.Text(note, "注：" + Note(schema.Layout));
        note.Style.Font.FontColor = XLColor.DimGray;
        note.Style.Font.Italic = true;
    }

    /// <summary>Number of columns the table spans.</summary>
    public static int Width(TableSchema schema) => schema.Layout switch
    {
        TableLayout.SideBySide => 5 + schema.RightColumns.Count,
        TableLayout.Coded => 2 + schema.LeftColumns.Count,
        TableLayout.Economic => 6,
        _ => 12,
    };

    private static string Note(TableLayout layout) => layout switch
    {
        TableLayout.SideBySide =>
            "可粘贴决算软件导出的本表；行按“项目”名称识别，26个功能分类“类”全部列出，无数的填0或留空。金额单位以第3行为准。",
        TableLayout.Coded =>
            "合计行之后每行一个科目：A列填完整科目编码（类3位、款5位、项7位，也可分三列填“类|款|项”），B列填科目名称；只列有数的科目，类、款行为其下各项之和。",
        TableLayout.Economic =>
            "左侧为人员经费（301工资福利支出、303对个人和家庭的补助），右侧为公用经费（302商品和服务支出、310资本性支出等）；最后一行为两侧合计。",
        _ => "第8行填数：左侧6列为预算数（2022年起为全年预算数），右侧6列为决算数；小计=公务用车购置费+公务用车运行费。",
    };
}
