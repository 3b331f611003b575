namespace JuneBudget.Validation;

/// <summary>
/// Rounding tolerance (validation-rules.md A.3). A sum of n parts each rounded to 2 decimals may
/// differ from its rounded total by up to n × 0.005, so a difference within max(0.01, n × 0.005)
/// is a rounding note. Figures carried with more decimals (a workbook in 元 converted to 万元) are
/// compared at their own precision: the same rule with 0.01 replaced by their last decimal place,
/// so 元-exact figures must agree to the 元.
/// </summary>
internal static class Precision
{
    private const int MaxDecimals = 10;

    /// <summary>The number of decimals a value needs (1894.78 → 2, 1894.7812 → 4).</summary>
    public static int DecimalsOf(decimal value)
    {
        var decimals = 0;
        while (decimals < MaxDecimals && value != Math.Round(value, decimals)) decimals++;
        return decimals;
    }

    /// <summary>The decimals money figures are compared and printed at: at least 2.</summary>
    public static int MoneyDecimals(IEnumerable<decimal> values) => Math.Max(2, values.Select(DecimalsOf).DefaultIfEmpty(2).Max());

    /// <summary>max(u, n × u / 2) with u the last decimal place.</summary>
    public static decimal Tolerance(int decimals, int parts)
    {
        var unit = LastPlace(decimals);
        return Math.Max(unit, parts * unit / 2);
    }

    /// <summary>True when <paramref name="stated"/> is <paramref name="exact"/> written with <paramref name="decimals"/> decimals (within half the last place).</summary>
    public static bool Rounds(decimal exact, decimal stated, int decimals) => Math.Abs(stated - exact) <= LastPlace(decimals) / 2;

    /// <summary>10^−decimals (0.01 for 2).</summary>
    private static decimal LastPlace(int decimals) => new(1, 0, 0, false, (byte)decimals);
}
