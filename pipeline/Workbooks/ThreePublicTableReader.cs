using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 三公 table: a 预算数 block and a 决算数 block of six columns each (or the same columns
/// interleaved per item), one data row. Gives two rows keyed 预算数 and 决算数.
/// </summary>
internal static class ThreePublicTableReader
{
    public static IReadOnlyList<TableRow>? Read(StatutoryTablesReader.Input input)
    {
        var schema = input.Schema;
        var (budget, missingBudget) = ColumnLocator.Match(schema.LeftColumns, input.Header, input.AllColumns);
        var (actual, missingActual) = ColumnLocator.Match(schema.RightColumns, input.Header,
            input.AllColumns.Where(c => !budget.Values.Contains(c)));
        if (budget.Count == 0 && actual.Count == 0) return null;
        input.ReportMissing(missingBudget.Concat(missingActual));

        var all = budget.Values.Concat(actual.Values).ToList();
        // The table has no label column, so its 栏次 row (1, 2, … 12) is told apart by its numbers.
        var ordered = all.Order().ToList();
        var dataRow = input.DataRows.FirstOrDefault(
            r => all.Any(c => CellReader.HasNumber(input.Sheet, r, c)) && !IsColumnNumbering(input.Sheet, r, ordered),
            input.Header.DataRow);
        return
        [
            Row(input, RowKeys.预算数, budget, dataRow),
            Row(input, RowKeys.决算数, actual, dataRow),
        ];
    }

    private static bool IsColumnNumbering(SheetReader sheet, int row, List<int> columns) =>
        columns.Select((c, i) => sheet.Text(row, c) == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).All(x => x);

    private static TableRow Row(StatutoryTablesReader.Input input, string key, IReadOnlyDictionary<string, int> columns, int row)
    {
        var first = columns.Count > 0 ? columns.Values.Min() : input.Sheet.FirstColumn;
        return new TableRow(key, null, key, input.Values(row, columns), input.Sheet.Ref(row, first));
    }
}
