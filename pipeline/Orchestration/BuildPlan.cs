using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>
/// What a scan means for the batch: the units to build (the latest year of each unit — a workbook
/// that is another workbook's previous year only supplies last year's figures; its document was
/// published a year ago), the workbooks used that way, and the inputs that could not become a
/// unit at all (corrupt, duplicate, blank template, no unit name).
/// </summary>
internal sealed record BuildPlan(
    IReadOnlyList<UnitYear> Units,
    IReadOnlyList<UnitYear> PreviousOnly,
    IReadOnlyList<UnprocessedInput> Unprocessed,
    ScanResult Scan)
{
    public static BuildPlan From(ScanResult scan)
    {
        var previous = scan.Units.Select(u => u.PreviousWorkbook).OfType<BudgetWorkbook>().ToHashSet();
        var unreadable = scan.Reads
            .Where(r => r.Workbook is null)
            .Select(r => new UnprocessedInput(r.FileName, string.Join("；", r.Findings.Select(f => f.Message))));
        var refused = scan.Findings.Select(f => new UnprocessedInput(f.File ?? "—", f.Message));
        return new BuildPlan(
            [.. scan.Units.Where(u => !previous.Contains(u.Current))],
            [.. scan.Units.Where(u => previous.Contains(u.Current))],
            [.. unreadable.Concat(refused)],
            scan);
    }

    /// <summary>The reading findings of a unit's own workbook.</summary>
    public IReadOnlyList<Finding> ReadFindings(UnitYear unit) =>
        Scan.Reads.FirstOrDefault(r => ReferenceEquals(r.Workbook, unit.Current))?.Findings ?? [];

    /// <summary>True when an input could not be processed because of an error (not a skipped blank template).</summary>
    public bool HasUnprocessedErrors =>
        Scan.Reads.Any(r => r.Workbook is null) || Scan.Findings.Any(f => f.Severity == Severity.Error);
}
