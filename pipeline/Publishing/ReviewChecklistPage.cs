using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Templating;

namespace JuneBudget.Publishing;

/// <summary>Renders a <see cref="ReviewChecklist"/> as one self-contained page (templates/审核/审核清单.sbn).</summary>
internal static class ReviewChecklistPage
{
    /// <summary>The page's usual file name inside a unit folder.</summary>
    public const string FileName = "审核清单.html";

    /// <summary>The complete page; the template escapes every value.</summary>
    public static string Render(PageTemplates templates, ReviewChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(checklist);
        return templates.Render(PageTemplates.Checklist, new Page(
            checklist.UnitName,
            checklist.Year,
            checklist.Documents,
            checklist.Status,
            checklist.Count(Severity.Error),
            checklist.Count(Severity.Warning),
            checklist.Count(Severity.NeedsReason),
            checklist.Count(Severity.RoundingNote),
            checklist.SourceFile,
            checklist.Drafts,
            checklist.DraftGroups,
            SheetNames.主要原因,
            checklist.ReasonsToFill,
            checklist.Placeholders,
            [.. checklist.OtherFindings.Select(FindingRow.From)],
            FindingGroupRow.Of(checklist.OtherFindings),
            checklist.DraftCheck));
    }

    /// <summary>What the template sees (as page.unit_name …).</summary>
    /// <param name="Documents">The unit's documents by name (部门决算公开说明 first): the title names each.</param>
    /// <param name="DraftGroups">The drafts by document (listed per document when there are several).</param>
    /// <param name="ReasonSheet">The workbook sheet where reasons are typed.</param>
    /// <param name="Findings">The findings other than keyed missing reasons, worst first.</param>
    /// <param name="Groups">The same findings grouped by the cell they share, root cause first.</param>
    private sealed record Page(
        string UnitName,
        int Year,
        IReadOnlyList<string> Documents,
        ReviewStatus Status,
        int Errors,
        int Warnings,
        int NeedsReason,
        int RoundingNotes,
        string? SourceFile,
        IReadOnlyList<ReviewLink> Drafts,
        IReadOnlyList<DraftGroup> DraftGroups,
        string ReasonSheet,
        IReadOnlyList<MissingReason> Reasons,
        IReadOnlyList<string> Placeholders,
        IReadOnlyList<FindingRow> Findings,
        IReadOnlyList<FindingGroupRow> Groups,
        DraftCheckResult? DraftCheck);
}
