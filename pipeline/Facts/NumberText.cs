using System.Globalization;

namespace JuneBudget.Facts;

/// <summary>
/// The one place numbers become text: half away from zero to 2 decimals, invariant culture,
/// thousands separators only when the format asks for them.
/// </summary>
public static class NumberText
{
    /// <summary>Rounds half away from zero to 2 decimals; a negative zero becomes 0.</summary>
    public static decimal Round(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded;
    }

    /// <summary>7138.314 → "7,138.31" (grouped) or "7138.31".</summary>
    public static string Money(decimal value, bool grouped) =>
        Round(value).ToString(grouped ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);

    /// <summary>−4.1085 → "-4.11"; always 2 decimals, never grouped.</summary>
    public static string Percent(decimal value) => Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>68 → "68"; a fractional count keeps up to 2 decimals.</summary>
    public static string Count(decimal value) => Round(value).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Format(decimal value, FigureKind kind, bool grouped) => kind switch
    {
        FigureKind.Money or FigureKind.Area => Money(value, grouped),
        FigureKind.Percent => Percent(value),
        FigureKind.Count => Count(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The sourced-number marker of AGENTS.md: ⟦display|id⟧.</summary>
    public static string Sourced(Figure figure) => $"⟦{figure.Display}|{figure.Id}⟧";
}
