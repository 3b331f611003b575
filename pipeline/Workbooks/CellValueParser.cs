using System.Globalization;

namespace JuneBudget.Workbooks;

/// <summary>
/// Parses a cell's raw value (as the snapshot holds it) into a decimal: numbers, numbers stored as
/// text with thousands separators, blanks and dashes (“—”, “-”, “－”) as zero. Anything else is
/// invalid with the reason (<see cref="ValueProblem"/>) and the caller reports it; nothing becomes
/// a silent zero and nothing overflows later: a date, a boolean, NaN or ∞, a formula that was
/// never calculated or an error value is not a number, and neither is a magnitude beyond
/// <see cref="MaxMagnitude"/>.
/// </summary>
internal static class CellValueParser
{
    /// <summary>
    /// The largest amount in 万元 an amount cell may hold: 10^10 万元 (10^14 元), more than three
    /// times China's whole national general public budget (about 2.8 × 10^9 万元 in 2024), so no
    /// department reaches it, and far inside decimal's range, so sums and rates of such amounts
    /// never overflow.
    /// </summary>
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The largest magnitude any number cell may hold (an amount in 元 at <see cref="MaxAmount"/>, a count, a rate).</summary>
    public const decimal MaxMagnitude = MaxAmount * 10_000m;

    /// <summary>Why a cell is not a number.</summary>
    internal enum ValueProblem { None, NotANumber, Date, Boolean, NotFinite, TooLarge, NoCachedValue, ErrorValue }

    /// <summary>The outcome of parsing one cell.</summary>
    internal readonly record struct Parsed(decimal Value, bool IsBlank, bool IsValid, ValueProblem Problem = ValueProblem.None)
    {
        public static Parsed Blank => new(0m, true, true);
        public static Parsed Invalid => new(0m, false, false, ValueProblem.NotANumber);

        public static Parsed Not(ValueProblem problem) => new(0m, false, false, problem);
    }

    public static Parsed Parse(object? raw) => raw switch
    {
        null => Parsed.Blank,
        double d => FromDouble(d),
        decimal m => Bounded(m),
        int i => new Parsed(i, false, true),
        string s => FromText(s, percent: false),
        bool => Parsed.Not(ValueProblem.Boolean),
        ExcelDate => Parsed.Not(ValueProblem.Date),
        NoCachedValue => Parsed.Not(ValueProblem.NoCachedValue),
        CellError => Parsed.Not(ValueProblem.ErrorValue),
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
        if (!double.IsFinite(d)) return Parsed.Not(ValueProblem.NotFinite);
        if (Math.Abs(d) > (double)MaxMagnitude) return Parsed.Not(ValueProblem.TooLarge);
        return new Parsed(Math.Round((decimal)d, 6, MidpointRounding.AwayFromZero), false, true);
    }

    private static Parsed FromText(string text, bool percent)
    {
        var s = LabelNormalizer.Normalize(text).Replace(",", "", StringComparison.Ordinal)
            .Replace("，", "", StringComparison.Ordinal);
        if (s.Length == 0 || IsDashes(s)) return Parsed.Blank;
        var isPercent = percent && s.EndsWith('%');
        if (isPercent) s = s[..^1];
        const NumberStyles plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(s, plain, CultureInfo.InvariantCulture, out var value))
            // 30 digits do not fit a decimal but are still a number: too large, not “not a number”.
            return double.TryParse(s, plain, CultureInfo.InvariantCulture, out _) ? Parsed.Not(ValueProblem.TooLarge) : Parsed.Invalid;
        return Bounded(isPercent ? value / 100m : value);
    }

    private static Parsed Bounded(decimal value) =>
        Math.Abs(value) > MaxMagnitude ? Parsed.Not(ValueProblem.TooLarge) : new Parsed(value, false, true);

    private static bool IsDashes(string s) => s.All(c => c is '-' or '—' or '–' or '－' or '―' or '─');
}
