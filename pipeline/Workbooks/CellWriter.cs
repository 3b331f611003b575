using ClosedXML.Excel;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// The few cell operations every sheet writer shares: titles, header cells, amounts and notes,
/// so every sheet of the workbook looks and reads alike.
/// </summary>
internal static class CellWriter
{
    public const string MoneyFormat = "#,##0.00";

    /// <summary>A bold title in row 1, merged over the given number of columns.</summary>
    public static void Title(IXLWorksheet sheet, string text, int columns)
    {
        var range = sheet.Range(1, 1, 1, Math.Max(columns, 1));
        range.Merge();
        range.FirstCell().Value = text;
        range.Style.Font.Bold = true;
        range.Style.Font.FontSize = 14;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
    }

    /// <summary>Instructions in row 2 of a list or key–value sheet, merged and wrapped.</summary>
    public static void Instructions(IXLWorksheet sheet, string text, int columns)
    {
        var range = sheet.Range(2, 1, 2, Math.Max(columns, 1));
        range.Merge();
        range.FirstCell().Value = text;
        range.Style.Alignment.WrapText = true;
        range.Style.Font.FontColor = XLColor.DimGray;
        sheet.Row(2).Height = 48;
    }

    /// <summary>A header label, optionally merged over a block of cells.</summary>
    public static void Header(IXLWorksheet sheet, int row, int column, string text, int lastRow = 0, int lastColumn = 0)
    {
        var range = sheet.Range(row, column, Math.Max(row, lastRow), Math.Max(column, lastColumn));
        if (range.RowCount() > 1 || range.ColumnCount() > 1) range.Merge();
        range.FirstCell().Value = text;
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = XLColor.FromArgb(0xF2, 0xF2, 0xF2);
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.WrapText = true;
    }

    /// <summary>Text, written as text even when it looks like a number (codes such as 2150501).</summary>
    public static void Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    /// <summary>
    /// An amount in 万元 as a number formatted #,##0.00; a zero is left blank when
    /// <paramref name="blankZeros"/> (the blank workbook `init` writes).
    /// </summary>
    public static void Money(IXLCell cell, Amount? amount, bool blankZeros)
    {
        cell.Style.NumberFormat.Format = MoneyFormat;
        if (amount is null || (blankZeros && amount.IsZero)) return;
        cell.Value = amount.Value;
    }

    /// <summary>A count or measure as a number (blank for zero when <paramref name="blankZeros"/>).</summary>
    public static void Number(IXLCell cell, Quantity? quantity, bool blankZeros, string? format = null)
    {
        if (format is not null) cell.Style.NumberFormat.Format = format;
        if (quantity is null || (blankZeros && quantity.Value == 0m)) return;
        cell.Value = quantity.Value;
    }

    /// <summary>A cell comment (author JuneBudget) for notes that must not be read as data.</summary>
    public static void Note(IXLCell cell, string text)
    {
        cell.Comment.Author = "JuneBudget";
        cell.Comment.AddText(text);
    }

    /// <summary>Thin borders around and inside a block (the tables' grid).</summary>
    public static void Grid(IXLWorksheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        if (lastRow < firstRow || lastColumn < firstColumn) return;
        var range = sheet.Range(firstRow, firstColumn, lastRow, lastColumn);
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>Column widths in characters, from column 1; explicit because AdjustToContents needs System.Drawing.</summary>
    public static void Widths(IXLWorksheet sheet, params double[] widths)
    {
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
    }
}
