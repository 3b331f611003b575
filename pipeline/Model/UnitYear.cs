namespace JuneBudget.Model;

/// <summary>
/// A workbook paired with what is known of the previous year: the previous workbook of the same
/// unit when present, and the prior-year figures to use (from it, else from the 上年数 sheet).
/// </summary>
public sealed record UnitYear(BudgetWorkbook Current, BudgetWorkbook? PreviousWorkbook, PriorYearFigures? Prior);
