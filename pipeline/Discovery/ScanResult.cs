using JuneBudget.Model;

namespace JuneBudget.Discovery;

/// <summary>
/// What scanning an input folder gave: the units to build, each paired with last year's workbook
/// (<see cref="PlannedUnit"/>), the identity of every workbook file (in path order), and the
/// findings of discovery itself (other files, duplicates, unidentified units). No workbook is held:
/// the plan's size grows by a few hundred bytes a unit, not by the workbook.
/// </summary>
public sealed record ScanResult(IReadOnlyList<PlannedUnit> Units, IReadOnlyList<WorkbookIdentity> Workbooks, IReadOnlyList<Finding> Findings)
{
    /// <summary>The formats the covers were read with; the units' workbooks are read whole with the same (<see cref="UnitLoader"/>).</summary>
    public Format.FormatLibrary Formats { get; init; } = Format.FormatLibrary.Repository;

    /// <summary>Every finding: opening (per file), then discovery.</summary>
    public IEnumerable<Finding> AllFindings => Workbooks.SelectMany(r => r.Findings).Concat(Findings);
}
