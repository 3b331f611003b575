namespace JuneBudget.Workbooks;

/// <summary>
/// Finds the header row of a list sheet (one record per row) by its labels, within the first
/// rows (title and instructions come first). Labels are compared normalised, and also with
/// “_”, “-” and “/” removed, so “年度资金总额_年初预算数” and “年度资金总额-年初预算数” are the same.
/// </summary>
internal static class ColumnHeaderLocator
{
    private const int RowsScanned = 10;

    /// <summary>The header row and the column of each label found there, or null when no row has all required labels.</summary>
    public static (int Row, IReadOnlyDictionary<string, int> Columns)? Find(SheetReader sheet, IReadOnlyList<string> labels, IReadOnlyList<string> required)
    {
        for (var r = sheet.FirstRow; r <= Math.Min(sheet.LastRow, sheet.FirstRow + RowsScanned - 1); r++)
        {
            var columns = new Dictionary<string, int>();
            for (var c = sheet.FirstColumn; c <= sheet.LastColumn; c++)
            {
                var text = Key(sheet.Text(r, c));
                var label = labels.FirstOrDefault(l => Key(l) == text);
                if (label is not null) columns.TryAdd(label, c);
            }
            if (required.All(columns.ContainsKey)) return (r, columns);
        }
        return null;
    }

    public static string Key(string text) => LabelNormalizer.Label(text)
        .Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal);
}
