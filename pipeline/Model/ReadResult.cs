namespace JuneBudget.Model;

/// <summary>
/// What reading one file gave: the workbook (null only when the file could not be opened at all,
/// e.g. corrupt or password-protected) and every shape finding met on the way.
/// </summary>
public sealed record ReadResult(string FileName, BudgetWorkbook? Workbook, IReadOnlyList<Finding> Findings);
