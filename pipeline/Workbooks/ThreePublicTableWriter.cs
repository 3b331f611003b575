using System.Globalization;
using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// The 三公 table: `预算数` over A:F and `决算数` over G:L, each block `合计 | 因公出国（境）费 |
/// 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费`; 栏次 1–12 in row 7; figures in row 8.
/// </summary>
internal static class ThreePublicTableWriter
{
    /// <returns>The last row written.</returns>
    public static int Write(IXLWorksheet sheet, StatutoryTable table, bool blankZeros)
    {
        var schema = TableSchemas.For(TableKind.ThreePublic);
        var top = TableSheetWriter.HeaderRow;
        Block(sheet, top, 1, "预算数", schema.LeftColumns, table.Row(RowKeys.预算数), blankZeros);
        Block(sheet, top, 7, "决算数", schema.RightColumns, table.Row(RowKeys.决算数), blankZeros);
        for (var c = 1; c <= 12; c++)
        {
            CellWriter.Header(sheet, top + 3, c, c.ToString(CultureInfo.InvariantCulture));
            sheet.Column(c).Width = 14;
        }
        return top + 4;
    }

    private static void Block(IXLWorksheet sheet, int top, int first, string title, IReadOnlyList<ColumnSpec> columns,
        TableRow? values, bool blankZeros)
    {
        CellWriter.Header(sheet, top, first, title, top, first + 5);
        CellWriter.Header(sheet, top + 1, first, columns[0].Header, top + 2);
        CellWriter.Header(sheet, top + 1, first + 1, columns[1].Header, top + 2);
        CellWriter.Header(sheet, top + 1, first + 2, ColumnKeys.公务用车购置及运行费, top + 1, first + 4);
        for (var i = 2; i <= 4; i++) CellWriter.Header(sheet, top + 2, first + i, columns[i].Header);
        CellWriter.Header(sheet, top + 1, first + 5, columns[5].Header, top + 2);
        for (var i = 0; i < 6; i++)
            CellWriter.Money(sheet.Cell(top + 4, first + i), values?[columns[i].Key] ?? Amount.Zero, blankZeros);
    }
}
