using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>One row of the batch index: a unit-year's status, counts and links (relative to the index page).</summary>
/// <param name="UnitName">单位全称.</param>
/// <param name="Year">决算年度.</param>
/// <param name="Status">可发布 / 待补充 / 有错误.</param>
/// <param name="Errors">Number of error findings.</param>
/// <param name="Warnings">Number of warnings.</param>
/// <param name="NeedsReason">Number of 主要原因 still to fill in.</param>
/// <param name="RoundingNotes">Number of rounding notes.</param>
/// <param name="Drafts">The unit's drafts (.docx, .html).</param>
/// <param name="Checklist">Its review checklist page.</param>
/// <param name="Findings">Its findings page.</param>
/// <param name="Notes">Anything else the reviewer must know, e.g. a draft that was 被占用 and not written.</param>
internal sealed record UnitSummary(
    string UnitName,
    int Year,
    ReviewStatus Status,
    int Errors,
    int Warnings,
    int NeedsReason,
    int RoundingNotes,
    IReadOnlyList<ReviewLink> Drafts,
    ReviewLink? Checklist,
    ReviewLink? Findings,
    IReadOnlyList<string> Notes)
{
    /// <summary>The check of the edited Word draft, null when it was not edited.</summary>
    public DraftCheckResult? DraftCheck { get; init; }

    /// <summary>核对结果.html, relative to the index page; null when there is none.</summary>
    public ReviewLink? CheckPage { get; init; }

    /// <summary>True when the unit has more than one document: then every draft link names its document, the 公开说明's too.</summary>
    public bool SeveralDocuments => ReviewChecklist.DocumentNames(Drafts).Count > 1;

    /// <summary>The index page's sort value of <see cref="Status"/>: worst first.</summary>
    public int StatusOrder => (int)Status;

    /// <summary>The row for <paramref name="checklist"/>'s unit, with the counts it implies.</summary>
    public static UnitSummary From(
        ReviewChecklist checklist,
        IReadOnlyList<ReviewLink> drafts,
        ReviewLink? checklistLink,
        ReviewLink? findingsLink,
        IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return new UnitSummary(
            checklist.UnitName,
            checklist.Year,
            checklist.Status,
            checklist.Count(Severity.Error),
            checklist.Count(Severity.Warning),
            checklist.Count(Severity.NeedsReason),
            checklist.Count(Severity.RoundingNote),
            drafts,
            checklistLink,
            findingsLink,
            notes ?? []);
    }
}
