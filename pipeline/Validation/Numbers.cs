using System.Globalization;

namespace JuneBudget.Validation;

/// <summary>How numbers appear in messages: 1,894.78 (half away from zero), counts without decimals.</summary>
internal static class Numbers
{
    public static string Format(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, CultureInfo.InvariantCulture);

    /// <summary>Money at 2 decimals (or more when the figure carries more).</summary>
    public static string Money(decimal value) => Format(value, Precision.MoneyDecimals([value])) + " 万元";

    /// <summary>A count or score with as many decimals as it has (62, 2.43).</summary>
    public static string Plain(decimal value) => Format(value, Precision.DecimalsOf(value));

    /// <summary>A fraction as a percentage with 2 decimals (0.9876 → 98.76%).</summary>
    public static string Percent(decimal fraction) => Format(fraction * 100, 2) + "%";
}
