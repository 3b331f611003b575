using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;

namespace JuneBudget.Tests.Validation;

/// <summary>
/// The sample unit (seed 004, 2024 paired with 2023) with a cell on every table amount, and the
/// assertions the per-rule tests share: break one figure, compare with the clean sample.
/// </summary>
internal static class SampleUnit
{
    public static readonly BudgetWorkbook Y2024 = Seed004Sample.Workbook2024().Sourced();
    public static readonly BudgetWorkbook Y2023 = Seed004Sample.Workbook2023().Sourced();

    public static IReadOnlyList<Finding> Validate(BudgetWorkbook current, BudgetWorkbook? previous = null, PriorYearFigures? prior = null) =>
        new BudgetValidator().Validate(new UnitYear(current, previous ?? Y2023, prior));

    private static readonly IReadOnlyList<Finding> Clean = Validate(Y2024);

    /// <summary>
    /// Validates the edited 2024 workbook and returns the finding of <paramref name="ruleId"/> that the
    /// clean sample does not have, asserting its severity and that it names <paramref name="cell"/>.
    /// Every other new finding must name one of the edited cells too: the edit caused it.
    /// </summary>
    public static Finding Breaks(BudgetWorkbook edited, string ruleId, Severity severity, SourceRef cell, params SourceRef[] otherEditedCells)
    {
        var fresh = Validate(edited).Where(f => !Clean.Any(c => c.RuleId == f.RuleId && c.Message == f.Message)).ToList();
        var finding = fresh.FirstOrDefault(f => f.RuleId == ruleId && f.Cells.Contains(cell));
        Assert.True(finding is not null, $"{ruleId} naming {cell} not raised; new findings: {string.Join(" | ", fresh.Select(f => f.RuleId + " " + f.Message))}");
        Assert.Equal(severity, finding.Severity);
        SourceRef[] editedCells = [cell, .. otherEditedCells];
        // A new 主要原因 the edited figures now call for (C-01) is a consequence, not a second break.
        Assert.All(fresh.Where(f => f.Severity != Severity.NeedsReason), f => Assert.Contains(f.Cells, editedCells.Contains));
        return finding;
    }

    /// <summary>The cell of a table figure of the sourced sample.</summary>
    public static SourceRef CellOf(BudgetWorkbook workbook, TableKind kind, string row, string column) =>
        workbook.Amount(kind, row, column).Source ?? workbook.Cell(kind.ToString(), row + "/" + column);
}
