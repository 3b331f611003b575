using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开01表 and 公开04表: income (项目 | 行次 | 金额) beside expenditure (项目 | 行次 | amounts).
/// The income items and the 26 类 start at row 7; the totals follow on shared rows, the last
/// (总计 | 总计) always on the bottom row of both halves.
/// </summary>
internal static class SideBySideTableWriter
{
    private const int FirstRow = 7;

    /// <returns>The last row written.</returns>
    public static int Write(IXLWorksheet sheet, TableSchema schema, StatutoryTable table, bool blankZeros)
    {
        var width = TableSheetWriter.Width(schema);
        var row = TableSheetWriter.HeaderRow;
        CellWriter.Header(sheet, row, 1, "收入", row, 3);
        CellWriter.Header(sheet, row, 4, "支出", row, width);
        string[] half = ["项目", "行次"];
        for (var i = 0; i < 2; i++)
        {
            CellWriter.Header(sheet, row + 1, 1 + i, half[i]);
            CellWriter.Header(sheet, row + 1, 4 + i, half[i]);
        }
        CellWriter.Header(sheet, row + 1, 3, schema.LeftColumns[0].Header);
        for (var i = 0; i < schema.RightColumns.Count; i++)
            CellWriter.Header(sheet, row + 1, 6 + i, schema.RightColumns[i].Header);
        CellWriter.Header(sheet, row + 2, 1, "栏次");
        CellWriter.Header(sheet, row + 2, 2, "");
        CellWriter.Header(sheet, row + 2, 3, "1");
        CellWriter.Header(sheet, row + 2, 4, "栏次");
        CellWriter.Header(sheet, row + 2, 5, "");
        for (var i = 0; i < schema.RightColumns.Count; i++)
            CellWriter.Header(sheet, row + 2, 6 + i, (2 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var totalRow = RowKeys.本年收入合计;
        var leftBody = schema.LeftRows.TakeWhile(r => r.Key != totalRow).ToList();
        var leftTail = schema.LeftRows.Skip(leftBody.Count).ToList();
        var rightBody = schema.RightRows.Where(r => r.Code is not null).ToList();
        var rightTail = schema.RightRows.Where(r => r.Code is null).ToList();
        var body = Math.Max(leftBody.Count, rightBody.Count);
        var tail = Math.Max(leftTail.Count, rightTail.Count);
        var height = body + tail;

        Half(sheet, 1, Place(leftBody, leftTail, body, tail), schema.LeftColumns, table, blankZeros, 1);
        Half(sheet, 4, Place(rightBody, rightTail, body, tail), schema.RightColumns, table, blankZeros, height + 1);
        return FirstRow + height - 1;
    }

    /// <summary>Each half's rows by position: body from the top, tail after it with its last row at the bottom.</summary>
    private static RowSpec?[] Place(List<RowSpec> body, List<RowSpec> tail, int bodyHeight, int tailHeight)
    {
        var slots = new RowSpec?[bodyHeight + tailHeight];
        for (var i = 0; i < body.Count; i++) slots[i] = body[i];
        for (var i = 0; i < tail.Count - 1; i++) slots[bodyHeight + i] = tail[i];
        if (tail.Count > 0) slots[^1] = tail[^1];
        return slots;
    }

    private static void Half(IXLWorksheet sheet, int column, RowSpec?[] slots, IReadOnlyList<ColumnSpec> columns,
        StatutoryTable table, bool blankZeros, int firstLineNumber)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var row = FirstRow + i;
            sheet.Cell(row, column + 1).Value = firstLineNumber + i;
            if (slots[i] is not { } spec) continue;
            CellWriter.Text(sheet.Cell(row, column), spec.Label);
            for (var c = 0; c < columns.Count; c++)
                CellWriter.Money(sheet.Cell(row, column + 2 + c), table.Get(spec.Key, columns[c].Key), blankZeros);
        }
        sheet.Column(column).Width = 40;
        sheet.Column(column + 1).Width = 6;
        for (var c = 0; c < columns.Count; c++) sheet.Column(column + 2 + c).Width = 16;
    }
}
