using System.Globalization;
using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开02/03/05/07/08表: `项目` over 科目编码 | 科目名称, a parent header (本年支出) over its
/// children, other headers over rows 4–5; 栏次 in row 6; 合计 in row 7; then one row per 类,
/// 款 and 项 with the full code in column A, in the model's order.
/// </summary>
internal static class CodedTableWriter
{
    /// <returns>The last row written.</returns>
    public static int Write(IXLWorksheet sheet, TableSchema schema, StatutoryTable table, bool blankZeros)
    {
        var top = TableSheetWriter.HeaderRow;
        var columns = schema.LeftColumns;
        CellWriter.Header(sheet, top, 1, "项目", top, 2);
        CellWriter.Header(sheet, top + 1, 1, "科目编码");
        CellWriter.Header(sheet, top + 1, 2, "科目名称");
        for (var c = 0; c < columns.Count;)
        {
            var parent = columns[c].Parent;
            var span = parent is null ? 1 : columns.Skip(c).TakeWhile(x => x.Parent == parent).Count();
            if (parent is null)
            {
                CellWriter.Header(sheet, top, 3 + c, columns[c].Header, top + 1);
            }
            else
            {
                CellWriter.Header(sheet, top, 3 + c, parent, top, 3 + c + span - 1);
                for (var i = 0; i < span; i++) CellWriter.Header(sheet, top + 1, 3 + c + i, columns[c + i].Header);
            }
            c += span;
        }
        CellWriter.Header(sheet, top + 2, 1, "栏次", top + 2, 2);
        for (var c = 0; c < columns.Count; c++)
            CellWriter.Header(sheet, top + 2, 3 + c, (c + 1).ToString(CultureInfo.InvariantCulture));

        var row = top + 3;
        CellWriter.Text(sheet.Cell(row, 1), "合计");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        Amounts(sheet, row, columns, table.Row(RowKeys.合计), blankZeros);
        foreach (var coded in table.CodedRows)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), coded.Code);
            CellWriter.Text(sheet.Cell(row, 2), coded.Label);
            Amounts(sheet, row, columns, coded, blankZeros);
        }
        sheet.Column(1).Width = 12;
        sheet.Column(2).Width = 44;
        for (var c = 0; c < columns.Count; c++) sheet.Column(3 + c).Width = 16;
        return row;
    }

    private static void Amounts(IXLWorksheet sheet, int row, IReadOnlyList<ColumnSpec> columns, TableRow? values, bool blankZeros)
    {
        for (var c = 0; c < columns.Count; c++)
            CellWriter.Money(sheet.Cell(row, 3 + c), values?[columns[c].Key] ?? Amount.Zero, blankZeros);
    }
}
