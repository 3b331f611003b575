using System.Globalization;
using JuneBudget.Model;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Publishing;

/// <summary>
/// One group of findings as the review pages print it (templates/审核/共用.sbn, findings_groups):
/// the cell most of them involve, then the findings. Plain text.
/// </summary>
/// <param name="Lead">The shared cell as “sheet cell” (公开05表 D12); empty for a finding that shares no cell.</param>
/// <param name="LeadCell">The shared cell in full (file, sheet, cell); empty when none.</param>
/// <param name="Suggested">What the shared cell should be if the other figures are right (2 decimals); empty when the findings do not agree on one value.</param>
internal sealed record FindingGroupRow(int Number, string Lead, string LeadCell, string Suggested, IReadOnlyList<FindingRow> Findings)
{
    /// <summary>The findings grouped by shared cell, the cell explaining most of them first.</summary>
    public static IReadOnlyList<FindingGroupRow> Of(IReadOnlyList<Finding> findings) =>
        [.. FindingGroups.Of(findings).Select(g => new FindingGroupRow(g.Number, g.LeadName ?? "", g.Lead?.ToString() ?? "",
            g.Suggested?.ToString("N2", CultureInfo.InvariantCulture) ?? "", [.. g.Findings.Select(FindingRow.From)]))];
}
