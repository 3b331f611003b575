using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// The 主要原因 keys the document of a unit and year needs, exactly those the templates show
/// (taken from the same facts build, so the two cannot drift apart). The validator turns each
/// key the workbook lacks into a <see cref="Severity.NeedsReason"/> finding.
/// </summary>
public static class RequiredReasons
{
    public static IReadOnlyList<RequiredReason> For(UnitYear unit) => ReportFactsBuilder.Build(unit).RequiredReasons;
}
