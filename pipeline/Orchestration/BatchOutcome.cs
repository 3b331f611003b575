using JuneBudget.Cli;
using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>How a batch ended, and the exit code a script acts on (see <see cref="ExitCodes"/>).</summary>
internal sealed record BatchOutcome(IReadOnlyList<UnitSummary> Units, int FailedUnits, bool UnprocessedErrors, bool WriteProblems)
{
    public int ExitCode(bool strict) =>
        WriteProblems ? ExitCodes.Failure
        : FailedUnits > 0 || UnprocessedErrors || Units.Any(u => u.Status == ReviewStatus.HasErrors) ? ExitCodes.ValidationErrors
        : strict && Units.Any(u => u.Status != ReviewStatus.ReadyToPublish) ? ExitCodes.NotPublishable
        : ExitCodes.Ok;

    public int Count(ReviewStatus status) => Units.Count(u => u.Status == status);
}
