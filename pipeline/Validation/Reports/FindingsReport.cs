using JuneBudget.Model;

namespace JuneBudget.Validation.Reports;

/// <summary>What a findings report is about: the unit, year and file, and its findings.</summary>
public sealed record FindingsReport(string Unit, int Year, string File, IReadOnlyList<Finding> Findings)
{
    /// <summary>The report of one validated workbook.</summary>
    public static FindingsReport For(BudgetWorkbook workbook, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return new(workbook.Unit.Name, workbook.Unit.Year, workbook.FileName, findings);
    }

    /// <summary>Severities in report order.</summary>
    public static IReadOnlyList<Severity> Severities { get; } = [Severity.Error, Severity.Warning, Severity.RoundingNote, Severity.NeedsReason];

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Stable machine name of a severity (JSON).</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.RoundingNote => "roundingNote",
        Severity.NeedsReason => "needsReason",
        _ => severity.ToString(),
    };
}
