using ClosedXML.Excel;

namespace JuneBudget.Workbooks;

/// <summary>
/// A one-row-per-item sheet: row 1 title, row 2 instructions, row 3 the one header row, the
/// items from row 4, the header row frozen.
/// </summary>
internal static class RowSheet
{
    public static IXLWorksheet Add(XLWorkbook workbook, string name, IReadOnlyList<string> headers, string instructions)
    {
        var sheet = workbook.Worksheets.Add(name);
        CellWriter.Title(sheet, name, headers.Count);
        CellWriter.Instructions(sheet, instructions, headers.Count);
        for (var c = 0; c < headers.Count; c++) CellWriter.Header(sheet, 3, c + 1, headers[c]);
        return sheet;
    }

    public static void Finish(IXLWorksheet sheet, int lastRow, int columns, double[] widths)
    {
        CellWriter.Grid(sheet, 3, 1, lastRow, columns);
        CellWriter.Widths(sheet, widths);
        sheet.SheetView.FreezeRows(3);
    }
}
