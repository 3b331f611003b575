using System.Globalization;
using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>
/// The figures of a document's own tables by the name of their row: in each row, a text cell
/// names the amounts to its right up to the next text cell (the 公开01表 and 公开06表 have two
/// such pairs per row). "科学技术支出" → 2,288.22 (公开02表, 03表, 05表…). Codes and 行次 (whole
/// numbers) are neither names nor amounts; 合计/总计/小计 name too many rows to tell one.
/// </summary>
internal sealed partial class TableLabels
{
    private static readonly HashSet<string> Generic = ["合计", "总计", "小计", "栏次", "项目", "金额"];

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private TableLabels()
    {
    }

    /// <summary>Every amount any table prints (万元): what an amount of the text may equal.</summary>
    public HashSet<decimal> Amounts { get; } = [];

    /// <summary>The amounts of the rows named 合计 or 总计 (or …合计): the wholes a share may be of.</summary>
    public HashSet<decimal> Totals { get; } = [];

    /// <summary>A row name, its amounts and the tables it is in.</summary>
    public sealed record Entry(string Label, HashSet<decimal> Values, SortedSet<string> Tables);

    public static TableLabels From(IEnumerable<CheckTable> tables)
    {
        var labels = new TableLabels();
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                string? label = null;
                foreach (var cell in row)
                {
                    var text = TextForm.Normalise(cell);
                    if (text.Length == 0) continue;
                    if (Amount(text) is { } value)
                    {
                        labels.Amounts.Add(value);
                        if (label is null) continue;
                        if (label.EndsWith("合计", StringComparison.Ordinal) || label.EndsWith("总计", StringComparison.Ordinal)) labels.Totals.Add(value);
                        if (Generic.Contains(label)) continue;
                        if (!labels._entries.TryGetValue(label, out var entry)) labels._entries[label] = entry = new Entry(label, [], new SortedSet<string>(StringComparer.Ordinal));
                        entry.Values.Add(value);
                        entry.Tables.Add(table.Name);
                    }
                    else if (!WholeNumber().IsMatch(text))
                    {
                        label = ListNumber().Replace(text, "");
                    }
                }
            }
        }
        return labels;
    }

    /// <summary>
    /// The row <paramref name="context"/> (the words before an amount) names right before the amount: its name
    /// followed by nothing but （类）/（款）/（项）, ：, 支出, 决算数, 为 (科学技术支出（类）2,288.22; …死亡抚恤（项）：支出决算数为163.10),
    /// the longer on a tie (死亡抚恤 rather than 抚恤); null when it names none (公务用车购置 in 公务用车购置及运行维护费 is no name).
    /// </summary>
    public Entry? Named(string context)
    {
        Entry? best = null;
        foreach (var entry in _entries.Values)
        {
            if (entry.Label.Length < 2) continue;
            var at = context.LastIndexOf(entry.Label, StringComparison.Ordinal);
            if (at < 0 || !Filler().IsMatch(context[(at + entry.Label.Length)..])) continue;
            if (best is null || entry.Label.Length > best.Label.Length) best = entry;
        }
        return best;
    }

    [GeneratedRegex(@"^(?:（[类款项]）)?：?(?:支出)?(?:决算数)?(?:为)?$")]
    private static partial Regex Filler();

    /// <summary>A cell's amount: a number with decimals (tables print amounts with two places; codes and 行次 have none).</summary>
    public static decimal? Amount(string text) =>
        AmountShape().IsMatch(text) && decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value : null;

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$")]
    private static partial Regex AmountShape();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")]
    private static partial Regex ListNumber();
}
