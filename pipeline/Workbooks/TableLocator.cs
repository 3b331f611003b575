using System.Text.RegularExpressions;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Finds the nine public tables by title, not by sheet name or code: the codes of 07/08/09 moved
/// in 2024. A title cell may carry a year or unit prefix (“2024年度收入支出决算总表”) or the code
/// (“公开01表”); what remains must equal a title exactly, so “收入支出决算总表” never matches
/// “财政拨款收入支出决算总表”. When no cell carries a title, the sheet name is tried.
/// </summary>
internal static partial class TableLocator
{
    /// <summary>Where a table's title was found.</summary>
    internal sealed record Found(SheetReader Sheet, int TitleRow, int TitleColumn)
    {
        public SourceRef Ref => Sheet.Ref(TitleRow, TitleColumn);
    }

    private const int TitleRowsScanned = 10;

    public static IReadOnlyDictionary<TableKind, Found> Locate(IReadOnlyList<SheetReader> sheets, CellReader cells)
    {
        var found = new Dictionary<TableKind, Found>();
        foreach (var sheet in sheets)
        {
            var hit = FindTitle(sheet);
            if (hit is null) continue;
            var (kind, where) = hit.Value;
            if (found.TryGetValue(kind, out var first))
                cells.Add(ReadFindings.DuplicateTable(first.Ref, where.Ref, TableCatalog.Name(kind)));
            else
                found[kind] = where;
        }
        return found;
    }

    /// <summary>The table kind a title text names, or null.</summary>
    public static TableKind? KindOf(string text)
    {
        var title = Strip(text);
        return title.Length > 0 && Titles.TryGetValue(title, out var kind) ? kind : null;
    }

    /// <summary>Every normalised title alias and its table; the first table naming an alias keeps it.</summary>
    private static readonly Dictionary<string, TableKind> Titles = BuildTitles();

    private static Dictionary<string, TableKind> BuildTitles()
    {
        var titles = new Dictionary<string, TableKind>();
        foreach (var kind in TableCatalog.All)
            foreach (var alias in TableCatalog.TitleAliases(kind))
                titles.TryAdd(LabelNormalizer.Normalize(alias), kind);
        return titles;
    }

    private static (TableKind, Found)? FindTitle(SheetReader sheet)
    {
        if (!sheet.IsEmpty)
        {
            var lastRow = Math.Min(sheet.LastRow, sheet.FirstRow + TitleRowsScanned - 1);
            for (var r = sheet.FirstRow; r <= lastRow; r++)
                for (var c = sheet.FirstColumn; c <= sheet.LastColumn; c++)
                    if (sheet.Raw(r, c) is string text && KindOf(text) is { } kind)
                        return (kind, new Found(sheet, r, c));
        }
        return KindOf(sheet.Name) is { } byName && !sheet.IsEmpty
            ? (byName, new Found(sheet, sheet.FirstRow, sheet.FirstColumn))
            : null;
    }

    /// <summary>Normalised title without code, brackets left empty by it, and any prefix up to “2024年度”.</summary>
    private static string Strip(string text)
    {
        var s = LabelNormalizer.Normalize(text);
        s = Code().Replace(s, string.Empty).Replace("()", string.Empty, StringComparison.Ordinal);
        s = YearPrefix().Replace(s, string.Empty);
        return s.Trim(':', '-', '_', '、', '.');
    }

    [GeneratedRegex(@"公开\d{1,2}表")]
    private static partial Regex Code();

    [GeneratedRegex(@"^.*?\d{4}年度?")]
    private static partial Regex YearPrefix();
}
