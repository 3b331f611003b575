using System.Text;
using JuneBudget.Templating;

namespace JuneBudget.Publishing;

/// <summary>
/// Ties the review pack to publishing: the pages of one unit as <see cref="DraftFile"/>s, and its
/// index row built from what was actually written (a draft kept-edited is linked under the name
/// the new draft really got).
/// </summary>
internal static class ReviewPack
{
    /// <summary>The part of a draft's name that marks the review variant of the HTML.</summary>
    public const string ReviewVariantMarker = "（审核版）";

    /// <summary>The unit's checklist and findings pages, ready for <see cref="UnitPublisher.Publish"/>.</summary>
    public static IReadOnlyList<DraftFile> Files(PageTemplates templates, ReviewChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return
        [
            new DraftFile(ReviewChecklistPage.FileName, Encoding.UTF8.GetBytes(ReviewChecklistPage.Render(templates, checklist))),
            new DraftFile(FindingsPage.FileName, Encoding.UTF8.GetBytes(FindingsPage.Render(templates, checklist.UnitName, checklist.Year, checklist.Findings, checklist.Documents))),
        ];
    }

    /// <summary>
    /// The index row for a unit whose files (drafts and pack) <paramref name="published"/> reports,
    /// with links relative to <paramref name="indexFolder"/>. Locked or failed files, kept edits
    /// and manifest problems become the row's notes.
    /// </summary>
    public static UnitSummary Summarise(ReviewChecklist checklist, PublishResult published, string indexFolder)
    {
        ArgumentNullException.ThrowIfNull(published);
        ReviewLink? LinkTo(DraftOutcome outcome, ReviewLinkKind kind) =>
            outcome.Kind == DraftOutcomeKind.Failed ? null
                : ReviewLink.To(kind, indexFolder, Path.Combine(published.UnitFolder, outcome.WrittenAs ?? outcome.Name));

        var pages = new[] { ReviewChecklistPage.FileName, FindingsPage.FileName, FindingsPage.JsonFileName, Checking.CheckReport.FileName, Checking.CheckReport.JsonFileName };
        var drafts = published.Files
            .Where(file => !pages.Contains(file.Name))
            .Select(file => LinkTo(file, ReviewLink.DraftKind(file.Name)))
            .OfType<ReviewLink>()
            .ToList();
        var checklistLink = published.Files.Where(f => f.Name == ReviewChecklistPage.FileName).Select(f => LinkTo(f, ReviewLinkKind.Checklist)).FirstOrDefault();
        var findingsLink = published.Files.Where(f => f.Name == FindingsPage.FileName).Select(f => LinkTo(f, ReviewLinkKind.Findings)).FirstOrDefault();
        var notes = published.Files
            .Where(file => file.IsProblem || file.Kind == DraftOutcomeKind.KeptEditedWroteBeside)
            .Select(file => file.Message)
            .Concat(published.Notes)
            .ToList();
        var checkLink = published.Files.Where(f => f.Name == Checking.CheckReport.FileName).Select(f => LinkTo(f, ReviewLinkKind.Other)).FirstOrDefault();
        return UnitSummary.From(checklist, drafts, checklistLink, findingsLink, notes) with { DraftCheck = checklist.DraftCheck, CheckPage = checkLink };
    }
}
