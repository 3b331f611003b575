using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// The nine public tables of a workbook as <see cref="GridTable"/>s with ids T01…T09 in the
/// published order of the workbook's format (ReportFormat.Number): real multi-row headers and
/// merged cells as published (statutory-tables.md §2–§10), 2-decimal numbers carrying their cell.
/// </summary>
internal static class StatutoryTableGrids
{
    public static IReadOnlyList<GridTable> Build(BudgetWorkbook wb, GridWords words)
    {
        ArgumentNullException.ThrowIfNull(wb);
        ArgumentNullException.ThrowIfNull(words);
        var format = wb.Unit.Format;
        return [.. format.TablesInOrder.Select(kind => Build(wb, kind, format, words))];
    }

    private static GridTable Build(BudgetWorkbook wb, TableKind kind, ReportFormat format, GridWords words)
    {
        var schema = TableSchemas.For(kind);
        var table = wb.Tables[kind];
        var (headerRows, rows, widths) = schema.Layout switch
        {
            TableLayout.SideBySide => SideBySideGrid.Build(schema, table, format),
            TableLayout.Coded => CodedGrid.Build(schema, table, format),
            TableLayout.Economic => EconomicGrid.Build(table, format),
            TableLayout.ThreePublic => ThreePublicGrid.Build(schema, table, format),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var number = format.Number(kind);
        return new GridTable(
            $"T{number:00}",
            format.Title(kind),
            format.Code(kind),
            words.UnitLine,
            words.AmountUnitLine,
            headerRows,
            rows,
            widths,
            // Up to six columns of short labels fit a portrait page (05, 06); the others are printed landscape.
            Landscape: kind is not (TableKind.GeneralBudget or TableKind.GeneralBudgetBasic));
    }
}
