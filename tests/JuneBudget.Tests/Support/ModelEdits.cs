using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Test helpers to change one figure of a model with <c>with</c> expressions, leaving everything
/// else as it was, and to give a model's table amounts cell addresses so tests can assert cells.
/// </summary>
internal static class ModelEdits
{
    /// <summary>A cell of the workbook under test.</summary>
    public static SourceRef Cell(this BudgetWorkbook workbook, string sheet, string a1) => new(workbook.FileName, sheet, a1);

    /// <summary>An amount with a cell, for key–value sheets (其他事项, 预算绩效 …).</summary>
    public static Amount Money(this BudgetWorkbook workbook, decimal value, string sheet, string a1) => new(value, workbook.Cell(sheet, a1));

    public static Quantity Count(this BudgetWorkbook workbook, decimal value, string sheet, string a1) => new(value, workbook.Cell(sheet, a1));

    /// <summary>The amount at a table row and column (zero when the row is not listed).</summary>
    public static Amount Amount(this BudgetWorkbook workbook, TableKind kind, string rowKey, string column) =>
        workbook.Tables[kind].Get(rowKey, column);

    /// <summary>
    /// Every table amount that has no cell gets one: the sheet is the table's code in the workbook's
    /// format, the cell is column (B, C, …, by the column's order in the row) and row (7 + row index).
    /// </summary>
    public static BudgetWorkbook Sourced(this BudgetWorkbook workbook)
    {
        var format = workbook.Unit.Format;
        var tables = workbook.Tables.ByKind.ToDictionary(t => t.Key, t => t.Value with
        {
            Rows = [.. t.Value.Rows.Select((row, i) => row with
            {
                Values = row.Values.Select((v, j) => (v.Key, Amount: v.Value.Source is null
                        ? v.Value with { Source = workbook.Cell(format.Code(t.Key), $"{(char)('C' + j)}{7 + i}") }
                        : v.Value))
                    .ToDictionary(x => x.Key, x => x.Amount),
            })],
        });
        return workbook with { Tables = new StatutoryTables(tables) };
    }

    /// <summary>
    /// The workbook with one table figure changed (its cell kept). A row that is not listed is
    /// added at the end, named as the format names it, with a cell of its own.
    /// </summary>
    public static BudgetWorkbook WithAmount(this BudgetWorkbook workbook, TableKind kind, string rowKey, string column, decimal value)
    {
        var table = workbook.Tables[kind];
        var row = table.Row(rowKey);
        List<TableRow> rows;
        if (row is null)
        {
            var source = workbook.Cell(workbook.Unit.Format.Code(kind), $"Z{100 + table.Rows.Count}");
            var code = rowKey.All(char.IsAsciiDigit) ? rowKey : null;
            var label = FunctionClasses.NameOf(rowKey) ?? EconomicClasses.All.FirstOrDefault(c => c.Code == rowKey).Name ?? rowKey;
            rows = [.. table.Rows, new TableRow(rowKey, code, label, new Dictionary<string, Amount> { [column] = new(value, source) }, source)];
        }
        else
        {
            var old = row[column];
            var values = new Dictionary<string, Amount>(row.Values)
            {
                [column] = new(value, old.Source ?? workbook.Cell(workbook.Unit.Format.Code(kind), $"Y{100 + table.Rows.Count}")),
            };
            rows = [.. table.Rows.Select(r => ReferenceEquals(r, row) ? r with { Values = values } : r)];
        }
        var tables = new Dictionary<TableKind, StatutoryTable>(workbook.Tables.ByKind) { [kind] = table with { Rows = rows } };
        return workbook with { Tables = new StatutoryTables(tables) };
    }

    /// <summary>The workbook without one of its tables (as when the reader could not find it).</summary>
    /// <summary>The workbook with one table as the reader gives a table left blank: all zero, not filled.</summary>
    public static BudgetWorkbook WithBlankTable(this BudgetWorkbook workbook, TableKind kind)
    {
        var table = workbook.Tables[kind];
        var blank = table with
        {
            Rows = [.. table.Rows.Select(r => r with { Values = r.Values.ToDictionary(v => v.Key, v => v.Value with { Value = 0m }) })],
            Filled = false,
        };
        var tables = new Dictionary<TableKind, StatutoryTable>(workbook.Tables.ByKind) { [kind] = blank };
        return workbook with { Tables = new StatutoryTables(tables) };
    }

    public static BudgetWorkbook WithoutTable(this BudgetWorkbook workbook, TableKind kind)
    {
        var tables = new Dictionary<TableKind, StatutoryTable>(workbook.Tables.ByKind) { [kind] = StatutoryTable.Missing(kind) };
        return workbook with { Tables = new StatutoryTables(tables) };
    }

    /// <summary>The workbook with one 自评表 replaced.</summary>
    public static BudgetWorkbook WithProject(this BudgetWorkbook workbook, int index, Func<ProjectEvaluation, ProjectEvaluation> edit) =>
        workbook with { Projects = [.. workbook.Projects.Select((p, i) => i == index ? edit(p) : p)] };
}
