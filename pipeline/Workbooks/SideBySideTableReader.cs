using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开01表 and 公开04表: split into the income half and the expenditure half at the two “项目”
/// columns (or the 收入 / 支出 blocks) before matching labels, so “总计” on each side maps to its own key.
/// </summary>
internal static class SideBySideTableReader
{
    public static IReadOnlyList<TableRow>? Read(StatutoryTablesReader.Input input)
    {
        var halves = Halves(input);
        if (halves is null) return null;
        var ((leftLabel, leftEnd), (rightLabel, rightEnd)) = halves.Value;
        var schema = input.Schema;
        var leftColumns = Locate(input, schema.LeftColumns, leftLabel, leftEnd);
        var rightColumns = Locate(input, schema.RightColumns, rightLabel, rightEnd);
        var leftRows = new FixedRowLocator(schema.LeftRows);
        var rightRows = new FixedRowLocator(schema.RightRows);
        var rows = new List<TableRow>();
        foreach (var r in input.DataRows)
        {
            ReadHalf(input, rows, r, leftLabel, leftColumns, leftRows);
            ReadHalf(input, rows, r, rightLabel, rightColumns, rightRows);
        }
        input.ReportMissingRows(leftRows.Unmatched.Concat(rightRows.Unmatched));
        return rows;
    }

    private static void ReadHalf(StatutoryTablesReader.Input input, List<TableRow> rows, int r, int labelColumn,
        IReadOnlyDictionary<string, int> columns, FixedRowLocator locator)
    {
        var text = input.Sheet.Text(r, labelColumn);
        var label = LabelNormalizer.Label(text);
        if (label.Length == 0 || label == "栏次") return;
        var spec = locator.Match(label);
        if (spec is null)
        {
            input.Unrecognised(r, labelColumn, text, input.HasAmounts(r, columns));
            return;
        }
        input.AddRow(rows, new TableRow(spec.Key, spec.Code, text, input.Values(r, columns), input.Sheet.Ref(r, labelColumn)));
    }

    private static IReadOnlyDictionary<string, int> Locate(StatutoryTablesReader.Input input,
        IReadOnlyList<JuneBudget.Format.ColumnSpec> specs, int labelColumn, int end)
    {
        var (found, missing) = ColumnLocator.Match(specs, input.Header, input.Columns(labelColumn + 1, end));
        input.ReportMissing(missing);
        return found;
    }

    /// <summary>(label column, last column) of each half, or null when the halves cannot be told apart.</summary>
    private static ((int, int), (int, int))? Halves(StatutoryTablesReader.Input input)
    {
        var header = input.Header;
        var labelColumns = input.AllColumns.Where(c => header.Leaf(c).EndsWith("项目", StringComparison.Ordinal)).ToList();
        if (labelColumns.Count < 2)
        {
            var income = input.AllColumns.FirstOrDefault(c => header.PathContains(c, "收入"));
            var spending = input.AllColumns.FirstOrDefault(c => header.PathContains(c, "支出"));
            if (income == 0 || spending <= income) return null;
            labelColumns = [income, spending];
        }
        return ((labelColumns[0], labelColumns[1] - 1), (labelColumns[1], input.Sheet.LastColumn));
    }
}
