using JuneBudget.Templating;

namespace JuneBudget.Publishing;

/// <summary>
/// The one page a finance bureau opens after a batch (templates/审核/审核总览.sbn): every unit with
/// its status (coloured), counts and relative links to its drafts, checklist and findings,
/// problems first; and above them the input files that could not be processed at all, with why.
/// </summary>
internal static class BatchIndexPage
{
    /// <summary>The page's usual file name in the output folder.</summary>
    public const string FileName = "审核总览.html";

    /// <summary>The complete page; the template escapes every value.</summary>
    public static string Render(PageTemplates templates, IReadOnlyList<UnitSummary> units, IReadOnlyList<UnprocessedInput> unprocessed)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(unprocessed);
        return templates.Render(PageTemplates.BatchIndex, new Page(
            Order(units),
            [.. Enum.GetValues<ReviewStatus>().Select(s => new StatusCount(s, units.Count(u => u.Status == s)))],
            [.. unprocessed.OrderBy(u => u.FileName, StringComparer.Ordinal)]));
    }

    /// <summary>Problems first: 有错误, then 待补充, then 可发布; within each, most errors and missing reasons first, then by name.</summary>
    public static IReadOnlyList<UnitSummary> Order(IEnumerable<UnitSummary> units) => units
        .OrderBy(u => u.Status)
        .ThenByDescending(u => u.Errors)
        .ThenByDescending(u => u.NeedsReason)
        .ThenByDescending(u => u.Warnings)
        .ThenBy(u => u.UnitName, StringComparer.Ordinal)
        .ThenBy(u => u.Year)
        .ToList();

    /// <summary>What the template sees (as page.units …).</summary>
    private sealed record Page(IReadOnlyList<UnitSummary> Units, IReadOnlyList<StatusCount> StatusCounts, IReadOnlyList<UnprocessedInput> Unprocessed);

    private sealed record StatusCount(ReviewStatus Status, int Count);
}
