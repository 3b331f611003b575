using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules;

/// <summary>The identity shapes the within-table rules share.</summary>
internal static class TableIdentities
{
    /// <summary>Per listed row (合计 and coded rows, or the rows given): total column = Σ part columns.</summary>
    public static IEnumerable<Identity> RowSums(TableView table, string total, IReadOnlyList<string> parts, IEnumerable<string>? rowKeys = null)
    {
        var keys = rowKeys ?? table.Table.Rows.Where(r => r.Key == RowKeys.合计 || r.Code is not null).Select(r => r.Key);
        foreach (var key in keys)
        {
            yield return Identity.Equal(table.At(key, total), parts.Select(p => table.At(key, p)), table.Key(key, total));
        }
    }

    /// <summary>One column of one row = Σ other rows of that column (e.g. 本年收入合计 = 一 + … + 八).</summary>
    public static Identity ColumnSum(TableView table, string totalRow, IEnumerable<string> partRows, string column = ColumnKeys.决算数) =>
        Identity.Equal(table.At(totalRow, column), table.At(partRows, column), table.Key(totalRow, column));

    /// <summary>
    /// Per column: 类 = Σ its 款, 款 = Σ its 项 (code prefix, 3/5/7 digits; 经济分类 3/5), and 合计 = Σ 类.
    /// A parent whose children are not listed, or a table that lists no coded rows at all, is not
    /// itemised and is not checked.
    /// </summary>
    public static IEnumerable<Identity> Hierarchy(TableView table, IEnumerable<string> columns)
    {
        var coded = table.Coded;
        var children = coded.Where(r => r.Code!.Length > 3).ToLookup(r => r.Code![..^2]);
        var hasTotal = table.Table.Row(RowKeys.合计) is not null;
        foreach (var column in columns)
        {
            foreach (var parent in coded.Where(r => children.Contains(r.Code!)))
            {
                yield return ColumnSum(table, parent.Key, children[parent.Code!].Select(c => c.Key), column);
            }
            if (!hasTotal) continue;
            foreach (var total in ClassTotal(table, RowKeys.合计, column)) yield return total;
        }
    }

    /// <summary>Column total row = Σ 类 rows (01 本年支出合计, 04 per fund column); skipped when no 类 is listed.</summary>
    public static IEnumerable<Identity> ClassTotal(TableView table, string totalRow, string column) =>
        table.Classes.Any() ? [ColumnSum(table, totalRow, table.Classes.Select(c => c.Key), column)] : [];

    /// <summary>
    /// Two tables agree on one figure in total and per 类: <paramref name="a"/>'s total row =
    /// <paramref name="b"/>'s, then each 类 listed in either (03 vs 01, 04's fund columns vs 05/07/08).
    /// </summary>
    public static IEnumerable<Identity> TotalAndClasses(TableView a, string aTotalRow, string aColumn, TableView b, string bTotalRow, string bColumn) =>
        SharedCodes(a, b, level: 1)
            .Select(code => Identity.Equal(a.At(code, aColumn), b.At(code, bColumn), a.Key(code, aColumn)))
            .Prepend(Identity.Equal(a.At(aTotalRow, aColumn), b.At(bTotalRow, bColumn), a.Key(aTotalRow, aColumn)));

    /// <summary>The union of 类/款/项 codes listed in either table, in code order (for per-row comparisons between tables).</summary>
    public static IEnumerable<string> SharedCodes(TableView a, TableView b, int? level = null)
    {
        // A table that lists no coded rows is not itemised: per-row comparisons would only repeat the total check.
        if (a.Coded.Count == 0 || b.Coded.Count == 0) return [];
        return a.Coded.Concat(b.Coded).Where(r => level is null || r.Level == level)
            .Select(r => r.Key).Distinct().Order(StringComparer.Ordinal);
    }
}
