using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.SampleInput;

/// <summary>
/// Builds a coded public table (02/03/05/07/08) from its 项 rows: the 类 and 款 rows and the
/// 合计 row are the sums of the 项 below them, so the sample can never disagree with itself.
/// Every column of the table's schema gets a value (zero when not given).
/// </summary>
internal static class CodedTableBuilder
{
    internal sealed record Item(string Code, string Name, IReadOnlyDictionary<string, decimal> Values);

    public static StatutoryTable Build(string file, TableKind kind, ReportFormat format, IEnumerable<Item> items,
        IReadOnlyDictionary<string, string>? sections = null)
    {
        sections ??= Seed004Items.Sections;
        var blank = BlankWorkbook.Table(file, kind, format);
        var columns = TableSchemas.For(kind).LeftColumns.Select(c => c.Key).ToList();
        var listed = items.Where(i => i.Values.Values.Any(v => v != 0m)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
        var location = blank.Location!;

        TableRow Sum(string key, string? code, string label, IEnumerable<Item> parts) =>
            new(key, code, label, columns.ToDictionary(c => c, c => Money(parts.Sum(p => Get(p, c)))), location);

        var rows = new List<TableRow> { Sum(RowKeys.合计, null, "合计", listed) };
        foreach (var cls in listed.GroupBy(i => i.Code[..3]))
        {
            rows.Add(Sum(cls.Key, cls.Key, FunctionClasses.NameOf(cls.Key) ?? cls.Key, cls));
            foreach (var section in cls.GroupBy(i => i.Code[..5]))
            {
                rows.Add(Sum(section.Key, section.Key, sections[section.Key], section));
                rows.AddRange(section.Select(i => Sum(i.Code, i.Code, i.Name, [i])));
            }
        }
        return blank with { Rows = rows };
    }

    public static Amount Money(decimal value) => new(value, null);

    private static decimal Get(Item item, string column) => item.Values.TryGetValue(column, out var v) ? v : 0m;
}
