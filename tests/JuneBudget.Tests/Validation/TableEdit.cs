using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Validation;

/// <summary>One table figure of the sample set to a value (or moved by a delta), with the cell it sits in.</summary>
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
}
