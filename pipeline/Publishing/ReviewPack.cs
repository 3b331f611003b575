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
    public static IReadOnlyList<DraftFile> Files(ReviewChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return
        [
            new DraftFile(ReviewChecklistPage.FileName, Html.ToBytes(ReviewChecklistPage.Render(checklist))),
            new DraftFile(FindingsPage.FileName, Html.ToBytes(FindingsPage.Render(checklist.UnitName, checklist.Year, checklist.Findings))),
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
        ReviewLink? LinkTo(DraftOutcome outcome, string label) =>
            outcome.Kind == DraftOutcomeKind.Failed ? null
                : ReviewLink.To(label, indexFolder, Path.Combine(published.UnitFolder, outcome.WrittenAs ?? outcome.Name));

        var pages = new[] { ReviewChecklistPage.FileName, FindingsPage.FileName, FindingsPage.JsonFileName };
        var drafts = published.Files
            .Where(file => !pages.Contains(file.Name))
            .Select(file => LinkTo(file, DraftLabel(file.Name)))
            .OfType<ReviewLink>()
            .ToList();
        var checklistLink = published.Files.Where(f => f.Name == ReviewChecklistPage.FileName).Select(f => LinkTo(f, "审核清单")).FirstOrDefault();
        var findingsLink = published.Files.Where(f => f.Name == FindingsPage.FileName).Select(f => LinkTo(f, "校验结果")).FirstOrDefault();
        var notes = published.Files
            .Where(file => file.IsProblem || file.Kind == DraftOutcomeKind.KeptEditedWroteBeside)
            .Select(file => file.Message)
            .Concat(published.Notes)
            .ToList();
        return UnitSummary.From(checklist, drafts, checklistLink, findingsLink, notes);
    }

    private static string DraftLabel(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".DOCX" => "Word 稿",
        ".HTML" or ".HTM" when fileName.Contains(ReviewVariantMarker, StringComparison.Ordinal) => "审核版网页",
        ".HTML" or ".HTM" => "网页稿",
        var other => other.TrimStart('.') + " 稿",
    };
}
