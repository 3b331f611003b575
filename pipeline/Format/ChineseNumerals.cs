namespace JuneBudget.Format;

/// <summary>Chinese ordinal numerals for section and row numbering (一, 二, … 二十六).</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 26 → 二十六 (1 to 99).</summary>
    public static string Ordinal(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10) return Digits[n];
        var tens = n / 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + Digits[n % 10];
    }
}
