using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>
/// A unit's index row, and whether any of its files could not be written (locked, failed); or,
/// when its workbook turned out unusable once read whole, the “not built” row instead (an error
/// for an unreadable workbook, not for a skipped blank template).
/// </summary>
internal sealed record UnitOutcome(UnitSummary? Summary, bool WriteProblems)
{
    public UnprocessedInput? NotBuilt { get; init; }
    public bool NotBuiltIsError { get; init; }

    public static UnitOutcome Skipped(UnprocessedInput input, bool isError) =>
        new(null, false) { NotBuilt = input, NotBuiltIsError = isError };
}
