using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>
/// What a scan means for the batch: the units to build (the latest year of each unit — a workbook
/// that is another workbook's previous year only supplies last year's figures; its document was
/// published a year ago), the workbooks used that way, and the inputs that could not become a
/// unit at all (corrupt, duplicate, no unit name). A blank template is found only when its unit is
/// read whole, and is then that unit's “not built” row.
/// </summary>
internal sealed record BuildPlan(
    IReadOnlyList<PlannedUnit> Units,
    IReadOnlySet<PlannedUnit> PreviousOnly,
    IReadOnlyList<UnprocessedInput> Unprocessed,
    ScanResult Scan)
{
    public static BuildPlan From(ScanResult scan)
    {
        var previous = scan.Units.Select(u => u.Previous).OfType<WorkbookIdentity>().ToHashSet();
        var unreadable = scan.Workbooks
            .Where(r => r.Unit is null)
            .Select(r => new UnprocessedInput(r.FileName, string.Join("；", r.Findings.Select(f => f.Message))));
        var refused = scan.Findings.Select(f => new UnprocessedInput(f.File ?? "—", f.Message));
        return new BuildPlan(
            [.. scan.Units.Where(u => !previous.Contains(u.Current))],
            scan.Units.Where(u => previous.Contains(u.Current)).ToHashSet(),
            [.. unreadable.Concat(refused)],
            scan);
    }

    /// <summary>True when an input could not be processed because of an error (not a skipped blank template).</summary>
    public bool HasUnprocessedErrors =>
        Scan.Workbooks.Any(r => r.Unit is null) || Scan.Findings.Any(f => f.Severity == Severity.Error);
}
