using System.Globalization;
using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>One finding as the review pages print it (templates/审核/共用.sbn, findings_table): plain text.</summary>
/// <param name="Severity">Error, Warning, RoundingNote or NeedsReason (the template names it).</param>
/// <param name="Cells">Each cell as a reader reads it: 《文件》，工作表“表”，单元格 A1.</param>
/// <param name="Expected">The expected amount, unrounded; empty when none.</param>
/// <param name="Actual">The actual amount, unrounded; empty when none.</param>
internal sealed record FindingRow(Severity Severity, string RuleId, string Message, IReadOnlyList<string> Cells, string Expected, string Actual)
{
    public static FindingRow From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Severity, finding.RuleId, finding.Message, [.. finding.Cells.Select(c => c.ToString())],
            Amount(finding.Expected), Amount(finding.Actual));
    }

    // Shown unrounded: a rounding note's whole point may be a difference below 0.01.
    private static string Amount(decimal? value) =>
        value?.ToString("#,##0.00##########", CultureInfo.InvariantCulture) ?? string.Empty;
}
