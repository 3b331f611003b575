using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Validation;

/// <summary>
/// One table figure of the sample set to a value (or moved by a delta), with the cell it sits in,
/// and the check that such an edit breaks a rule.
/// </summary>
internal static class TableEdit
{
    public static (BudgetWorkbook Edited, SourceRef Cell) Set(TableKind kind, string row, string column, decimal value, BudgetWorkbook? from = null)
    {
        var edited = (from ?? SampleUnit.Y2024).WithAmount(kind, row, column, value);
        return (edited, edited.Amount(kind, row, column).Source!);
    }

    public static (BudgetWorkbook Edited, SourceRef Cell) Add(TableKind kind, string row, string column, decimal delta, BudgetWorkbook? from = null)
    {
        var workbook = from ?? SampleUnit.Y2024;
        return Set(kind, row, column, workbook.Amount(kind, row, column).Value + delta, workbook);
    }

    /// <summary><see cref="SampleUnit.Breaks"/> for an edit made here: the rule names the edited cell.</summary>
    public static Finding Breaks((BudgetWorkbook Edited, SourceRef Cell) edit, string id, Severity severity = Severity.Error) =>
        SampleUnit.Breaks(edit.Edited, id, severity, edit.Cell);
}
