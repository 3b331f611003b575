using System.Globalization;
using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>Finds the numbers of a sentence, with the unit written after each.</summary>
internal static partial class NumberScanner
{
    public const string TenThousandYuan = "万元";
    public const string Yuan = "元";
    public const string Percent = "%";

    /// <summary>The numbers of <paramref name="text"/>; <paramref name="sourced"/> (start → id) tags those the generator computed.</summary>
    public static IReadOnlyList<NumberToken> Scan(string text, IReadOnlyDictionary<int, string>? sourced = null)
    {
        var tokens = new List<NumberToken>();
        // A placeholder's key (【待补充：…（键：项目:2060404）】) is no figure of the text.
        var placeholders = Placeholder().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match match in Number().Matches(text))
        {
            if (placeholders.Any(p => match.Index >= p.Index && match.Index < p.End)) continue;
            if (!decimal.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                continue;
            tokens.Add(new NumberToken(match.Index, match.Length, match.Value, value, UnitAfter(text, match.Index + match.Length),
                sourced?.GetValueOrDefault(match.Index)));
        }
        return tokens;
    }

    private static string UnitAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith(TenThousandYuan, StringComparison.Ordinal)) return TenThousandYuan;
        if (rest.StartsWith(Yuan, StringComparison.Ordinal)) return Yuan;
        if (rest.Length == 0) return "";
        if (rest[0] is '%' or '％') return Percent;
        // One measure character (人, 个, 辆, 年, 平…): enough to tell a count from an amount or a rate.
        return rest[0] >= '\u4e00' && rest[0] <= '\u9fff' ? rest[..1].ToString() : "";
    }

    [GeneratedRegex(@"【[^】]*】?")]
    private static partial Regex Placeholder();

    /// <summary>
    /// A number with grouping commas, or without; a leading minus only for a signed rate (-4.11), not after a digit.
    /// Not inside another number (after a digit, a point, or a digit and a comma); after a comma that follows a word it
    /// starts one (PDF text of a hand-written document uses the ASCII comma as punctuation: 1批次,7人次).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.])(?<!\d,)-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])(?<!\d,)-?\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
