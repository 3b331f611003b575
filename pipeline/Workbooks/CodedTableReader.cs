using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开02/03/05/07/08表: rows keyed by 科目编码 (7 digits in one cell, or 类 | 款 | 项 in three)
/// plus the 合计 row; amount columns matched by header label.
/// </summary>
internal static class CodedTableReader
{
    private static readonly int[] FunctionCodeLengths = [3, 5, 7];

    public static IReadOnlyList<TableRow>? Read(StatutoryTablesReader.Input input)
    {
        var header = input.Header;
        var codeColumns = input.AllColumns.Where(c => IsCodeColumn(header, c)).ToList();
        var nameColumn = input.AllColumns.FirstOrDefault(c => header.PathOf(c).Any(p => p.Contains("科目名称", StringComparison.Ordinal)));
        if (codeColumns.Count == 0)
        {
            // No 科目编码 header: the code sits in the first column, the name beside it.
            var first = input.Sheet.FirstColumn;
            codeColumns = [first];
            if (nameColumn == 0) nameColumn = first + 1;
        }
        var labelColumns = nameColumn == 0 ? codeColumns : [.. codeColumns, nameColumn];
        var (columns, missing) = ColumnLocator.Match(input.Schema.LeftColumns, header,
            input.AllColumns.Where(c => !labelColumns.Contains(c)));
        input.ReportMissing(missing);
        if (columns.Count == 0) return null;

        var block = new CodedBlock(codeColumns, nameColumn, columns, FunctionCodeLengths);
        var fixedRows = new FixedRowLocator(input.Schema.LeftRows);
        var rows = new List<TableRow>();
        foreach (var r in input.DataRows)
            block.ReadRow(input, rows, r, fixedRows);
        input.ReportMissingRows(fixedRows.Unmatched);
        return rows;
    }

    private static bool IsCodeColumn(HeaderLocator.Header header, int col) =>
        header.PathOf(col).Any(p => p.Contains("科目编码", StringComparison.Ordinal)) || header.Leaf(col) is "类" or "款" or "项";
}
