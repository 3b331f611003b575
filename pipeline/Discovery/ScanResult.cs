using JuneBudget.Model;

namespace JuneBudget.Discovery;

/// <summary>
/// What scanning an input folder gave: the workbooks to build, each paired with last year's
/// (<see cref="UnitYear"/>), every file's <see cref="ReadResult"/> (in path order), and the
/// findings of discovery itself (duplicates, blank workbooks, unidentified units).
/// </summary>
public sealed record ScanResult(IReadOnlyList<UnitYear> Units, IReadOnlyList<ReadResult> Reads, IReadOnlyList<Finding> Findings)
{
    /// <summary>Every finding: reading first (per file), then discovery.</summary>
    public IEnumerable<Finding> AllFindings => Reads.SelectMany(r => r.Findings).Concat(Findings);
}
