using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Small builders of public tables for tests. Coded tables get their 类, 款 and 合计 rows as sums
/// of the 项 given; every amount points at a distinct cell (column letter by column, row by order)
/// so that tests can follow a printed number back to its cells.
/// </summary>
internal static class SomeTable
{
    public sealed record Item(string Code, string Name, IReadOnlyDictionary<string, decimal> Values);

    public static Item Row(string code, string name, params (string Column, decimal Value)[] values) =>
        new(code, name, values.ToDictionary(v => v.Column, v => v.Value));

    public static StatutoryTable Coded(string file, TableKind kind, IReadOnlyDictionary<string, string> names, params Item[] items)
    {
        var sheet = FormatLibrary.Repository[2024].Code(kind);
        var columns = TableSchemas.For(kind).LeftColumns.Select(c => c.Key).ToList();
        var rows = new List<TableRow>();
        TableRow Sum(string key, string? code, string label, IEnumerable<Item> parts)
        {
            var r = rows.Count + 7;
            return new(key, code, label, columns.Select((c, i) => (c, i)).ToDictionary(
                x => x.c,
                x => new Amount(parts.Sum(p => p.Values.GetValueOrDefault(x.c)), new SourceRef(file, sheet, $"{(char)('C' + x.i)}{r}"))),
                new SourceRef(file, sheet, $"A{r}"));
        }
        var listed = items.OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        rows.Add(Sum(RowKeys.合计, null, "合计", listed));
        foreach (var cls in listed.GroupBy(i => i.Code[..3]))
        {
            rows.Add(Sum(cls.Key, cls.Key, FunctionClasses.NameOf(cls.Key)!, cls));
            foreach (var branch in cls.GroupBy(i => i.Code[..5]))
            {
                rows.Add(Sum(branch.Key, branch.Key, names[branch.Key], branch));
                foreach (var item in branch) rows.Add(Sum(item.Code, item.Code, item.Name, [item]));
            }
        }
        return new StatutoryTable(kind, true, new SourceRef(file, sheet, "A1"), rows);
    }

    /// <summary>A fixed-row table (01, 04, 06, 09) with the given values by row key and column key.</summary>
    public static StatutoryTable Fixed(string file, TableKind kind, params (string Row, string Column, decimal Value)[] values)
    {
        var blank = BlankWorkbook.Table(file, kind, FormatLibrary.Repository[2024]);
        var sheet = FormatLibrary.Repository[2024].Code(kind);
        var rows = blank.Rows.Select((row, i) => row with
        {
            Values = values.Where(v => v.Row == row.Key).ToDictionary(
                v => v.Column, v => new Amount(v.Value, new SourceRef(file, sheet, $"C{i + 7}"))),
        });
        return blank with { Rows = [.. rows] };
    }
}
