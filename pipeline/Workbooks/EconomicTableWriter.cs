using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开06表: 人员经费 (301, 303 and their 款) on the left, 公用经费 (302, 310, others) on the
/// right, each `科目编码 | 科目名称 | 决算数`; last row `人员经费合计 | | x | 公用经费合计 | | y`.
/// </summary>
internal static class EconomicTableWriter
{
    /// <returns>The last row written.</returns>
    public static int Write(IXLWorksheet sheet, StatutoryTable table, bool blankZeros)
    {
        var top = TableSheetWriter.HeaderRow;
        CellWriter.Header(sheet, top, 1, "人员经费", top, 3);
        CellWriter.Header(sheet, top, 4, "公用经费", top, 6);
        foreach (var column in new[] { 1, 4 })
        {
            CellWriter.Header(sheet, top + 1, column, "科目编码");
            CellWriter.Header(sheet, top + 1, column + 1, "科目名称");
            CellWriter.Header(sheet, top + 1, column + 2, "决算数");
        }
        var coded = table.CodedRows.ToList();
        var left = coded.Where(r => EconomicClasses.IsPersonnel(r.Key)).ToList();
        var right = coded.Where(r => !EconomicClasses.IsPersonnel(r.Key)).ToList();
        Half(sheet, top + 2, 1, left, blankZeros);
        Half(sheet, top + 2, 4, right, blankZeros);

        var footer = top + 2 + Math.Max(left.Count, right.Count);
        CellWriter.Text(sheet.Cell(footer, 1), "人员经费合计");
        CellWriter.Money(sheet.Cell(footer, 3), table.Get(RowKeys.人员经费合计, ColumnKeys.决算数), blankZeros);
        CellWriter.Text(sheet.Cell(footer, 4), "公用经费合计");
        CellWriter.Money(sheet.Cell(footer, 6), table.Get(RowKeys.公用经费合计, ColumnKeys.决算数), blankZeros);
        sheet.Row(footer).Style.Font.Bold = true;
        CellWriter.Widths(sheet, 10, 30, 14, 10, 30, 14);
        return footer;
    }

    private static void Half(IXLWorksheet sheet, int firstRow, int column, List<TableRow> rows, bool blankZeros)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            CellWriter.Text(sheet.Cell(firstRow + i, column), rows[i].Code);
            CellWriter.Text(sheet.Cell(firstRow + i, column + 1), rows[i].Label);
            CellWriter.Money(sheet.Cell(firstRow + i, column + 2), rows[i][ColumnKeys.决算数], blankZeros);
            if (rows[i].Level == 1) sheet.Range(firstRow + i, column, firstRow + i, column + 2).Style.Font.Bold = true;
        }
    }
}
