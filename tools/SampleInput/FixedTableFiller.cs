using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.SampleInput;

/// <summary>
/// Fills the fixed rows of a side-by-side (01/04), economic (06) or 三公 table: every column of
/// the row's half gets a value, zero unless given, so the written sheet shows 0.00 rather than
/// blanks (as exported tables do).
/// </summary>
internal static class FixedTableFiller
{
    /// <summary>Values by row key, then by column key.</summary>
    internal sealed class Values : Dictionary<string, Dictionary<string, decimal>>
    {
        public Values Set(string row, string column, decimal value)
        {
            if (!TryGetValue(row, out var columns)) this[row] = columns = [];
            columns[column] = value;
            return this;
        }
    }

    public static StatutoryTable Fill(string file, TableKind kind, ReportFormat format, Values values)
    {
        var blank = BlankWorkbook.Table(file, kind, format);
        var schema = TableSchemas.For(kind);
        var leftKeys = schema.LeftRows.Select(r => r.Key).ToHashSet();
        var rows = blank.Rows.Select(row =>
        {
            var left = schema.Layout == TableLayout.Economic
                ? row.Code is null ? leftKeys.Contains(row.Key) : EconomicClasses.IsPersonnel(row.Key)
                : leftKeys.Contains(row.Key);
            var columns = left ? schema.LeftColumns : schema.RightColumns;
            values.TryGetValue(row.Key, out var given);
            return row with
            {
                Values = columns.ToDictionary(
                    c => c.Key,
                    c => CodedTableBuilder.Money(given is not null && given.TryGetValue(c.Key, out var v) ? v : 0m)),
            };
        });
        return blank with { Rows = [.. rows] };
    }
}
