using System.Globalization;
using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// Numbers as the public tables print them: 2 decimals, rounded half away from zero, thousands
/// separators in the 2024 format only (report-format.md: the 2022 format has none).
/// </summary>
internal static class GridNumbers
{
    public static string Money(decimal value, ReportFormat format) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero)
            .ToString(format >= ReportFormat.Y2024 ? "#,##0.00" : "0.00", CultureInfo.InvariantCulture);

    public static string Plain(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage: 1 → 100.00%.</summary>
    public static string Percent(decimal fraction) => Plain(fraction * 100m) + "%";
}
