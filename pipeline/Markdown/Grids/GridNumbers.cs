using System.Globalization;
using JuneBudget.Facts;
using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// Numbers as the public tables print them: 2 decimals, rounded half away from zero, thousands
/// separators as <see cref="NumberText.GroupsThousands"/> says (the same rule as the narrative).
/// </summary>
internal static class GridNumbers
{
    public static string Money(decimal value, ReportFormat format) => NumberText.Money(value, NumberText.GroupsThousands(format));

    public static string Plain(decimal value) =>
        NumberText.Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage: 1 → 100.00%.</summary>
    public static string Percent(decimal fraction) => Plain(fraction * 100m) + "%";
}
