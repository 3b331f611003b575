namespace JuneBudget.Model;

/// <summary>
/// What the batch is planned from, read from a workbook's cover alone: its path, unit and year
/// (<see cref="UnitInfo"/>, null when the file cannot be opened) and, for an unopenable file, the
/// one finding that says why. Small on purpose: a province's thousands of workbooks are planned
/// from these, and each workbook is read whole only when its unit is built.
/// </summary>
public sealed record WorkbookIdentity(string Path, UnitInfo? Unit, IReadOnlyList<Finding> Findings)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
