using JuneBudget.Checking;

namespace JuneBudget.Publishing;

/// <summary>The check of a unit's edited Word draft, as the review pages show it (核对结果.html has the findings).</summary>
/// <param name="Draft">The draft's file name.</param>
/// <param name="Outcome">核对通过, 待人工核对, 有错误 or 无法核对.</param>
/// <param name="Errors">Number of error findings.</param>
/// <param name="Reviews">Number of numbers left for a person.</param>
internal sealed record DraftCheckResult(string Draft, CheckOutcome Outcome, int Errors, int Reviews)
{
    public static DraftCheckResult From(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Draft, report.Outcome, report.Errors, report.Reviews);
    }

    /// <summary>The page with the findings, beside the checklist.</summary>
    public static string PageName => CheckReport.FileName;
}
