using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// Numbers as the public tables print them, through <see cref="NumberText"/> (the same rounding
/// and thousands rule as the narrative): 2 decimals, half away from zero.
/// </summary>
internal static class GridNumbers
{
    public static string Money(decimal value, ReportFormat format) => NumberText.Money(value, format.GroupsThousands);

    /// <summary>A 分值/得分: 2 decimals, never grouped.</summary>
    public static string Plain(decimal value) => NumberText.Money(value, grouped: false);

    /// <summary>A fraction as a percentage: 1 → 100.00%.</summary>
    public static string Percent(decimal fraction) => NumberText.Percent(fraction * 100m) + "%";
}
