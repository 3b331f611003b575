using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Discovery;

/// <summary>
/// Reads the workbooks of one planned unit when that unit is built, so a batch holds only the
/// units its workers are building: its own workbook, then the previous year's for last year's
/// figures. A defect of last year's workbook never stops this year's: the workbook's own 上年数
/// sheet is used and the problem becomes a finding of this unit.
/// </summary>
public static class UnitLoader
{
    /// <param name="planned">The unit as planned.</param>
    /// <param name="formats">The formats its plan was read with (<see cref="ScanResult.Formats"/>; default: the repository's).</param>
    public static LoadedUnit Load(PlannedUnit planned, Format.FormatLibrary? formats = null)
    {
        ArgumentNullException.ThrowIfNull(planned);
        formats ??= Format.FormatLibrary.Repository;
        var read = WorkbookReader.Read(planned.Current.Path, formats);
        if (read.Workbook is not { } current) return new LoadedUnit(null, read.Findings);
        // Blank is known only once the tables are read; planning (covers only) could not tell.
        if (InputScanner.IsBlank(current)) return new LoadedUnit(null, [ReadFindings.BlankSkipped(read.FileName)]);

        var findings = read.Findings.ToList();
        if (planned.Previous is null) return new LoadedUnit(new UnitYear(current, null, current.PriorYearSheet), findings);
        var previousRead = WorkbookReader.Read(planned.Previous.Path, formats);
        if (previousRead.Workbook is not { } previous || InputScanner.IsBlank(previous))
        {
            findings.AddRange(previousRead.Workbook is null ? previousRead.Findings : [ReadFindings.BlankSkipped(previousRead.FileName)]);
            return new LoadedUnit(new UnitYear(current, null, current.PriorYearSheet), findings);
        }
        return new LoadedUnit(new UnitYear(current, previous, Prior(previous, current, findings)), findings);
    }

    /// <summary>Last year's figures from last year's workbook, else (a defect there) the 上年数 sheet with a finding.</summary>
    private static PriorYearFigures? Prior(BudgetWorkbook previous, BudgetWorkbook current, List<Finding> findings)
    {
        try
        {
            return PriorYearExtractor.FromWorkbook(previous);
        }
        catch (Exception ex)
        {
            findings.Add(ReadFindings.Internal(previous.FileName, ex.Message));
            return current.PriorYearSheet;
        }
    }
}
