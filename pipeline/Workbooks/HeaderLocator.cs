using System.Collections.Concurrent;
using JuneBudget.Format;

namespace JuneBudget.Workbooks;

/// <summary>
/// Finds a table's header rows below its title by their labels, and the first data row: the
/// row after “栏次”, or else the first row holding a number or a known row label. Each column's
/// header path (labels top to bottom, merged cells spread) is what columns are matched on, so
/// two-row headers (本年支出 → 合计 / 基本支出 / 项目支出) and merged cells need no special case.
/// </summary>
internal static class HeaderLocator
{
    /// <summary>A located header: its rows, the first data row, the stated unit, and each column's path.</summary>
    internal sealed record Header(int FirstRow, int LastRow, int DataRow, decimal? Divisor,
        IReadOnlyDictionary<int, IReadOnlyList<string>> Paths)
    {
        public IReadOnlyList<string> PathOf(int col) => Paths.TryGetValue(col, out var p) ? p : [];

        public bool PathContains(int col, string label) => PathOf(col).Contains(label);

        public string Leaf(int col) => PathOf(col) is { Count: > 0 } p ? p[^1] : string.Empty;
    }

    private static readonly string[] Anchors =
        ["项目", "科目编码", "科目名称", "收入", "支出", "人员经费", "公用经费", "预算数", "决算数", "经济分类科目编码"];

    private const int MaxGap = 15;
    private const int MaxHeaderRows = 6;

    // The normalised anchors and row labels of each schema, built once (schemas are static).
    private static readonly ConcurrentDictionary<TableSchema, (HashSet<string> Anchors, HashSet<string> RowLabels)> Labels =
        new(ReferenceEqualityComparer.Instance);

    public static Header? Locate(SheetReader sheet, int titleRow, TableSchema schema)
    {
        var (anchors, rowLabels) = Labels.GetOrAdd(schema, LabelsOf);

        int? first = null;
        for (var r = titleRow + 1; r <= Math.Min(sheet.LastRow, titleRow + MaxGap) && first is null; r++)
            if (Cells(sheet).Any(c => anchors.Contains(LabelNormalizer.Synonym(sheet.Label(r, c))))) first = r;
        if (first is not { } start) return null;

        var last = start;
        var data = start + 1;
        for (var r = start + 1; r <= Math.Min(sheet.LastRow + 1, start + MaxHeaderRows); r++)
        {
            if (Cells(sheet).Any(c => sheet.Label(r, c) == "栏次") || IsColumnNumbering(sheet, r)) { last = r - 1; data = r + 1; break; }
            if (r > sheet.LastRow || LooksLikeData(sheet, r, anchors, rowLabels))
            { last = r - 1; data = r; break; }
            last = r;
            data = r + 1;
        }

        var paths = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var c in Cells(sheet))
        {
            var path = new List<string>();
            for (var r = start; r <= last; r++)
            {
                var label = LabelNormalizer.Synonym(sheet.Label(r, c));
                if (label.Length > 0 && (path.Count == 0 || path[^1] != label)) path.Add(label);
            }
            paths[c] = path;
        }
        return new Header(start, last, data, AmountUnitLocator.Find(sheet, titleRow, last), paths);
    }

    private static (HashSet<string>, HashSet<string>) LabelsOf(TableSchema schema)
    {
        var anchors = new HashSet<string>(Anchors.Select(LabelNormalizer.Header));
        foreach (var spec in schema.LeftColumns.Concat(schema.RightColumns))
            foreach (var label in spec.Labels) anchors.Add(LabelNormalizer.Header(label));
        var rowLabels = new HashSet<string>(schema.LeftRows.Concat(schema.RightRows)
            .SelectMany(r => r.Labels).Select(LabelNormalizer.Label)) { "合计", "总计" };
        return (anchors, rowLabels);
    }

    /// <summary>
    /// A row holding a number, or starting with a row label (合计) and carrying no header label
    /// (a 三公 header row starts with the column 合计 but goes on with 因公出国（境）费).
    /// </summary>
    private static bool LooksLikeData(SheetReader sheet, int row, HashSet<string> anchors, HashSet<string> rowLabels)
    {
        if (Cells(sheet).Any(c => CellReader.HasNumber(sheet, row, c))) return true;
        var labels = Cells(sheet).Select(c => sheet.Label(row, c)).Where(l => l.Length > 0).Distinct().ToList();
        return labels.Count > 0 && rowLabels.Contains(labels[0]) && !labels.Skip(1).Any(anchors.Contains);
    }

    /// <summary>A 栏次 row printed without its label: only the integers 1, 2, 3 … in order (at least two).</summary>
    private static bool IsColumnNumbering(SheetReader sheet, int row)
    {
        var values = Cells(sheet).Where(c => !sheet.IsBlank(row, c)).Select(c => CellValueParser.Parse(sheet.Raw(row, c))).ToList();
        return values.Count >= 2 && values.Select((v, i) => v.IsValid && !v.IsBlank && v.Value == i + 1).All(ok => ok);
    }

    private static IEnumerable<int> Cells(SheetReader sheet) =>
        Enumerable.Range(sheet.FirstColumn, sheet.LastColumn - sheet.FirstColumn + 1);
}
