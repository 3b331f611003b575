using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 公开06表: blocks of 经济分类科目编码 | 科目名称 | 决算数 side by side (人员经费 left, 公用经费
/// right; three blocks are read alike), rows keyed by 3- or 5-digit code, footers
/// 人员经费合计 / 公用经费合计.
/// </summary>
internal static class EconomicTableReader
{
    private static readonly int[] EconomicCodeLengths = [3, 5];

    public static IReadOnlyList<TableRow>? Read(StatutoryTablesReader.Input input)
    {
        var header = input.Header;
        var codeColumns = input.AllColumns.Where(c => header.PathOf(c).Any(p => p.Contains("科目编码", StringComparison.Ordinal))).ToList();
        // Consecutive code columns (类 | 款) belong to one block.
        var starts = codeColumns.Where(c => !codeColumns.Contains(c - 1)).ToList();
        if (starts.Count == 0) return null;

        var footers = new FixedRowLocator([.. input.Schema.LeftRows, .. input.Schema.RightRows]);
        var blocks = new List<CodedBlock>();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] - 1 : input.Sheet.LastColumn;
            var codes = codeColumns.Where(c => c >= starts[i] && c <= end).ToList();
            var block = input.Columns(starts[i], end).Where(c => !codes.Contains(c)).ToList();
            var name = block.FirstOrDefault(c => header.PathOf(c).Any(p => p.Contains("科目名称", StringComparison.Ordinal)));
            var (columns, missing) = ColumnLocator.Match(input.Schema.LeftColumns, header, block.Where(c => c != name));
            input.ReportMissing(missing);
            blocks.Add(new CodedBlock(codes, name, columns, EconomicCodeLengths));
        }

        var rows = new List<TableRow>();
        foreach (var r in input.DataRows)
            foreach (var block in blocks)
                block.ReadRow(input, rows, r, footers);
        input.ReportMissingRows(footers.Unmatched);
        return rows;
    }
}
