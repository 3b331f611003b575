using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>The cell kinds the grid builders use: header labels, text, and numbers that keep their cell.</summary>
internal static class GridCells
{
    public static GridCell Header(string text, int colSpan = 1, int rowSpan = 1) =>
        new(text, colSpan, rowSpan, CellAlign.Center, IsHeader: true);

    public static GridCell Text(string text, int colSpan = 1, int rowSpan = 1, CellAlign align = CellAlign.Left) =>
        new(text, colSpan, rowSpan, align);

    public static GridCell Center(string text, int colSpan = 1) => new(text, colSpan, 1, CellAlign.Center);

    /// <summary>An amount in 万元; blank when the workbook does not list it (no cell, zero).</summary>
    public static GridCell Money(Amount amount, ReportFormat format) =>
        new(amount.Source is null && amount.IsZero ? "" : GridNumbers.Money(amount.Value, format), Align: CellAlign.Right, Source: amount.Source);

    /// <summary>A 分值/得分 or other quantity, 2 decimals, with an optional suffix (“分”).</summary>
    public static GridCell Quantity(Quantity quantity, string suffix = "") =>
        new(GridNumbers.Plain(quantity.Value) + suffix, Align: CellAlign.Right, Source: quantity.Source);

    public static GridCell Blank(int colSpan = 1) => new("", colSpan);

    /// <summary>An empty cell in a number column (aligned as the numbers around it).</summary>
    public static GridCell BlankNumber() => new("", Align: CellAlign.Right);
}
