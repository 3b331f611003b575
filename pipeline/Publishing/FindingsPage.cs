using JuneBudget.Model;
using JuneBudget.Templating;

namespace JuneBudget.Publishing;

/// <summary>All findings of one unit on one page, grouped by shared cell, root cause first (templates/审核/校验结果.sbn).</summary>
internal static class FindingsPage
{
    /// <summary>The page's usual file name inside a unit folder.</summary>
    public const string FileName = "校验结果.html";

    /// <summary>The same findings for scripts (written beside the page by the batch).</summary>
    public const string JsonFileName = "校验结果.json";

    /// <summary>The complete page; the template escapes every value. <paramref name="documents"/>: the unit's
    /// documents by name, as <see cref="ReviewChecklist.Documents"/> (default: the 公开说明 only).</summary>
    public static string Render(PageTemplates templates, string unitName, int year, IReadOnlyList<Finding> findings,
        IReadOnlyList<string>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(findings);
        return templates.Render(PageTemplates.FindingsPage, new Page(
            unitName,
            year,
            documents ?? [SafeFileNames.FinalAccountsDocument],
            [.. Enum.GetValues<Severity>().Select(s => new SeverityCount(s, findings.Count(f => f.Severity == s)))],
            [.. findings.OrderBy(f => f.Severity).Select(FindingRow.From)],
            FindingGroupRow.Of(findings)));
    }

    /// <summary>What the template sees (as page.unit_name …).</summary>
    /// <param name="Findings">Every finding, worst first.</param>
    /// <param name="Groups">The same findings grouped by the cell they share, root cause first.</param>
    private sealed record Page(string UnitName, int Year, IReadOnlyList<string> Documents, IReadOnlyList<SeverityCount> Counts, IReadOnlyList<FindingRow> Findings,
        IReadOnlyList<FindingGroupRow> Groups);

    private sealed record SeverityCount(Severity Severity, int Count);
}
