using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads the nine public tables: locates each by title, finds its header, and hands it to the
/// reader of its layout. A missing table or header is a finding and a <see cref="StatutoryTable.Missing"/> table.
/// </summary>
internal static class StatutoryTablesReader
{
    /// <summary>What a layout reader needs: the sheet, its header, the schema, the title for messages, the divisor to 万元.</summary>
    internal sealed record Input(CellReader Cells, SheetReader Sheet, TableLocator.Found Found,
        HeaderLocator.Header Header, TableSchema Schema, string Title, decimal Divisor)
    {
        public SourceRef TableRef => Found.Ref;

        public IEnumerable<int> Columns(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from + 1));

        public IEnumerable<int> AllColumns => Columns(Sheet.FirstColumn, Sheet.LastColumn);

        public IEnumerable<int> DataRows => Enumerable.Range(Header.DataRow, Math.Max(0, Sheet.LastRow - Header.DataRow + 1));

        /// <summary>The amounts of a row in the located columns.</summary>
        public IReadOnlyDictionary<string, Amount> Values(int row, IReadOnlyDictionary<string, int> columns) =>
            columns.ToDictionary(kv => kv.Key, kv => Cells.Amount(Sheet, row, kv.Value, Divisor));

        public bool HasAmounts(int row, IReadOnlyDictionary<string, int> columns) =>
            columns.Values.Any(c => !Sheet.IsBlank(row, c) && CellValueParser.Parse(Sheet.Raw(row, c)) is not { IsBlank: true });

        public void ReportMissing(IEnumerable<ColumnSpec> columns)
        {
            foreach (var spec in columns)
                Cells.Add(ReadFindings.MissingColumn(TableRef, Title, spec.Parent is null ? spec.Header : $"{spec.Parent}/{spec.Header}"));
        }

        public void ReportMissingRows(IEnumerable<RowSpec> rows)
        {
            foreach (var spec in rows.Where(s => s.Code is null))
                Cells.Add(ReadFindings.MissingRow(TableRef, Title, spec.Label));
        }

        /// <summary>Adds a row unless its key is already taken (a finding names both rows).</summary>
        public void AddRow(List<TableRow> rows, TableRow row)
        {
            var existing = rows.FirstOrDefault(r => r.Key == row.Key);
            if (existing is null) rows.Add(row);
            else Cells.Add(ReadFindings.DuplicateRow(existing.Location, row.Location, row.Key));
        }

        /// <summary>Reports a row whose label matches nothing; notes without amounts (“注：…”) pass quietly.</summary>
        public void Unrecognised(int row, int labelColumn, string text, bool hasAmounts)
        {
            var label = LabelNormalizer.Label(text);
            if (!hasAmounts && (label.StartsWith('注') || label.StartsWith("说明", StringComparison.Ordinal) || label == "栏次"))
                return;
            Cells.Add(ReadFindings.UnrecognisedRow(Sheet.Ref(row, labelColumn), Title, text, hasAmounts));
        }
    }

    public static StatutoryTables Read(IReadOnlyList<SheetReader> sheets, CellReader cells, ReportFormat format, decimal coverDivisor)
    {
        var found = TableLocator.Locate(sheets, cells);
        var tables = new Dictionary<TableKind, StatutoryTable>();
        foreach (var kind in TableCatalog.All)
            tables[kind] = ReadOne(kind, found.GetValueOrDefault(kind), cells, format, coverDivisor);
        return new StatutoryTables(tables);
    }

    private static StatutoryTable ReadOne(TableKind kind, TableLocator.Found? where, CellReader cells, ReportFormat format, decimal coverDivisor)
    {
        var title = format.Title(kind);
        if (where is null)
        {
            cells.Add(ReadFindings.MissingTable(cells.FileName, title));
            return StatutoryTable.Missing(kind);
        }
        var schema = TableSchemas.For(kind);
        var header = HeaderLocator.Locate(where.Sheet, where.TitleRow, schema);
        if (header is null)
        {
            cells.Add(ReadFindings.NoHeader(where.Ref, title));
            return StatutoryTable.Missing(kind);
        }
        var input = new Input(cells, where.Sheet, where, header, schema, title, header.Divisor ?? coverDivisor);
        var rows = schema.Layout switch
        {
            TableLayout.SideBySide => SideBySideTableReader.Read(input),
            TableLayout.Coded => CodedTableReader.Read(input),
            TableLayout.Economic => EconomicTableReader.Read(input),
            _ => ThreePublicTableReader.Read(input),
        };
        if (rows is null)
        {
            cells.Add(ReadFindings.NoHeader(where.Ref, title));
            return StatutoryTable.Missing(kind);
        }
        return new StatutoryTable(kind, true, where.Ref, rows) { Filled = rows.Any(r => r.Values.Values.Any(a => HoldsNumber(where.Sheet, a))) };
    }

    /// <summary>True when the amount's cell is not blank (a typed 0 or a dash is a written zero).</summary>
    private static bool HoldsNumber(SheetReader sheet, Amount amount) =>
        amount.Source is { } source && source.Sheet == sheet.Name && CellAddress.TryParse(source.Cell, out var row, out var col)
        && !sheet.IsBlank(row, col);
}
