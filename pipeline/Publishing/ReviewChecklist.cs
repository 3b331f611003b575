using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>
/// What a reviewer must do before one unit's draft can be published: every missing 主要原因 with
/// its key and where it is needed, every finding with its cells, every placeholder left in the
/// draft, and the resulting <see cref="Status"/>. Rendered by <see cref="ReviewChecklistPage"/>.
/// </summary>
/// <param name="UnitName">单位全称.</param>
/// <param name="Year">决算年度.</param>
/// <param name="SourceFile">The workbook's file name, when known.</param>
/// <param name="Findings">All findings of reading and validation for this unit; each 主要原因 the
/// document needs and the workbook lacks is one of them (C-01, with its key).</param>
/// <param name="Placeholders">Placeholders left in the draft (<see cref="Templating.RenderedReport.Placeholders"/>).</param>
/// <param name="Drafts">The drafts, relative to the checklist page.</param>
internal sealed record ReviewChecklist(
    string UnitName,
    int Year,
    string? SourceFile,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Placeholders,
    IReadOnlyList<ReviewLink> Drafts)
{
    /// <summary>Every missing reason once per key: the <see cref="Severity.NeedsReason"/> findings that name a key, described by their message.</summary>
    public IReadOnlyList<MissingReason> ReasonsToFill { get; } = Findings
        .Where(f => f is { Severity: Severity.NeedsReason, Key: not null })
        .Select(f => new MissingReason(f.Key!, f.Message))
        .DistinctBy(reason => reason.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>The findings other than keyed missing reasons (those are in <see cref="ReasonsToFill"/>), worst first.</summary>
    public IReadOnlyList<Finding> OtherFindings { get; } = Findings
        .Where(f => f is not { Severity: Severity.NeedsReason, Key: not null })
        .OrderBy(f => f.Severity)
        .ToList();

    /// <summary>The check of the reviewer's edited Word draft (`check`); null when the draft was not edited.</summary>
    public DraftCheckResult? DraftCheck { get; init; }

    /// <summary>有错误 if any error (in the workbook or in the edited draft); else 待补充 if anything is left to
    /// fill in or to look at in the edited draft; else 可发布.</summary>
    public ReviewStatus Status => Count(Severity.Error) > 0 || DraftCheck?.Outcome == Checking.CheckOutcome.HasErrors ? ReviewStatus.HasErrors
        : ReasonsToFill.Count > 0 || Placeholders.Count > 0 || Count(Severity.NeedsReason) > 0
            || DraftCheck?.Outcome is Checking.CheckOutcome.NeedsReview or Checking.CheckOutcome.NotChecked ? ReviewStatus.NeedsInput
        : ReviewStatus.ReadyToPublish;

    /// <summary>Number of findings of one severity; for <see cref="Severity.NeedsReason"/> the reasons to fill.</summary>
    public int Count(Severity severity) => severity == Severity.NeedsReason
        ? ReasonsToFill.Count + OtherFindings.Count(f => f.Severity == Severity.NeedsReason)
        : Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// The unit's documents by name (部门决算公开说明 first, then the others in draft order): the
    /// checklist and the findings page name each. The 公开说明 is listed even when its draft failed.
    /// </summary>
    public IReadOnlyList<string> Documents => DocumentNames(Drafts);

    /// <summary>The drafts of each document, in <see cref="Documents"/> order.</summary>
    public IReadOnlyList<DraftGroup> DraftGroups =>
        [.. Documents.Select(d => new DraftGroup(d, [.. Drafts.Where(l => l.Document == d)]))];

    /// <summary>The documents the <paramref name="drafts"/> belong to, the 公开说明 first.</summary>
    public static IReadOnlyList<string> DocumentNames(IEnumerable<ReviewLink> drafts) =>
        [SafeFileNames.FinalAccountsDocument, .. drafts.Select(d => d.Document).OfType<string>().Where(d => d != SafeFileNames.FinalAccountsDocument).Distinct(StringComparer.Ordinal)];
}

/// <summary>One document's drafts, as the checklist lists them.</summary>
internal sealed record DraftGroup(string Document, IReadOnlyList<ReviewLink> Links);
