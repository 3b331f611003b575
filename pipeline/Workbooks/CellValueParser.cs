using System.Globalization;

namespace JuneBudget.Workbooks;

/// <summary>
/// Parses a cell's raw value (as the snapshot holds it) into a decimal: numbers, numbers stored as
/// text with thousands separators, blanks and dashes (“—”, “-”, “－”) as zero. Anything else is
/// invalid and the caller reports it; nothing becomes a silent zero.
/// </summary>
internal static class CellValueParser
{
    /// <summary>The outcome of parsing one cell.</summary>
    internal readonly record struct Parsed(decimal Value, bool IsBlank, bool IsValid)
    {
        public static Parsed Blank => new(0m, true, true);
        public static Parsed Invalid => new(0m, false, false);
    }

    public static Parsed Parse(object? raw) => raw switch
    {
        null => Parsed.Blank,
        double d => FromDouble(d),
        decimal m => new Parsed(m, false, true),
        int i => new Parsed(i, false, true),
        string s => FromText(s, percent: false),
        _ => Parsed.Invalid,
    };

    /// <summary>A rate: “100.00%” → 1.0; a number cell is already a fraction (Excel stores 100% as 1).</summary>
    public static Parsed ParsePercent(object? raw) => raw is string s ? FromText(s, percent: true) : Parse(raw);

    /// <summary>
    /// The package stores every number as a double. (decimal)double keeps at most 15 significant
    /// digits, which depends on the magnitude; rounding explicitly to 6 decimals makes the result
    /// independent of that rule and removes binary noise such as 0.30000000000000004 from Excel
    /// formulas, while 6 decimals of 万元 (0.01 元) is finer than any amount a table can carry.
    /// </summary>
    public static Parsed FromDouble(double d)
    {
        if (!double.IsFinite(d) || Math.Abs(d) > 1e15) return Parsed.Invalid;
        return new Parsed(Math.Round((decimal)d, 6, MidpointRounding.AwayFromZero), false, true);
    }

    private static Parsed FromText(string text, bool percent)
    {
        var s = LabelNormalizer.Normalize(text).Replace(",", "", StringComparison.Ordinal)
            .Replace("，", "", StringComparison.Ordinal);
        if (s.Length == 0 || IsDashes(s)) return Parsed.Blank;
        var isPercent = percent && s.EndsWith('%');
        if (isPercent) s = s[..^1];
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value))
            return Parsed.Invalid;
        return new Parsed(isPercent ? value / 100m : value, false, true);
    }

    private static bool IsDashes(string s) => s.All(c => c is '-' or '—' or '–' or '－' or '―' or '─');
}
