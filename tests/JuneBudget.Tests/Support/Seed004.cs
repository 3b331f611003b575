using JuneBudget.Model;
using JuneBudget.SampleInput;

namespace JuneBudget.Tests.Support;

/// <summary>Seed 004's unit as a <see cref="UnitYear"/>: the 2024 workbook paired with 2023's.</summary>
internal static class Seed004
{
    private static readonly Lazy<UnitYear> Unit = new(() =>
    {
        var last = Seed004Sample.Workbook2023();
        return new UnitYear(Seed004Sample.Workbook2024(), last, JuneBudget.Workbooks.PriorYearExtractor.FromWorkbook(last));
    });

    public static UnitYear UnitYear => Unit.Value;

    public static string SeedText => RepoPaths.SeedText("004_d275dab837725ab3.txt");
}
