using JuneBudget.Facts;
using JuneBudget.Format;

namespace JuneBudget.Templating.Functions;

/// <summary>
/// Number formatting for templates (imported by type; snake_case in templates). A
/// <see cref="Figure"/> is written as the sourced marker <c>⟦display|id⟧</c>; a plain number as
/// its display only. Each example below is run by a test.
/// </summary>
public static class FormatFunctions
{
    /// <summary>万元 with 2 decimals (half away from zero), grouped as the figure's format says.</summary>
    /// <example><code>{{ money 7138.314 }}</code> gives <c>7,138.31</c></example>
    /// <example><code>{{ money 0.005 }}</code> gives <c>0.01</c></example>
    public static string Money(object value) => value is Figure f ? NumberText.Sourced(f) : NumberText.Money(ToDecimal(value), grouped: true);

    /// <summary>A percentage with 2 decimals and its sign, without the % sign.</summary>
    /// <example><code>{{ -4.1085 | percent }}</code> gives <c>-4.11</c></example>
    /// <example><code>{{ percent 100 }}</code> gives <c>100.00</c></example>
    public static string Percent(object value) => value is Figure f ? NumberText.Sourced(f) : NumberText.Percent(ToDecimal(value));

    /// <summary>A count: an integer when whole.</summary>
    /// <example><code>{{ count 68 }}</code> gives <c>68</c></example>
    public static string Count(object value) => value is Figure f ? NumberText.Sourced(f) : NumberText.Count(ToDecimal(value));

    /// <summary>A Chinese ordinal for numbering sections and tables.</summary>
    /// <example><code>{{ cn_ordinal 14 }}</code> gives <c>十四</c></example>
    public static string CnOrdinal(int n) => ChineseNumerals.Ordinal(n);

    /// <summary>Two-digit numbering for ids.</summary>
    /// <example><code>{{ two_digits 7 }}</code> gives <c>07</c></example>
    public static string TwoDigits(int n) => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    private static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        null => throw new ArgumentNullException(nameof(value), "数字为空"),
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
