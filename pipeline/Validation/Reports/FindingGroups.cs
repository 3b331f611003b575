using JuneBudget.Model;

namespace JuneBudget.Validation.Reports;

/// <summary>
/// Findings that name the same cell, led by that cell: one wrong cell usually breaks several
/// identities, and the reader should see the one cell to look at first, not five findings.
/// <see cref="Lead"/> is null for a finding that shares no cell (a group of one).
/// </summary>
/// <param name="Number">1-based, in report order (the JSON's group number).</param>
public sealed record FindingGroup(int Number, SourceRef? Lead, IReadOnlyList<Finding> Findings)
{
    /// <summary>How the lead cell is named on a page: sheet and cell (“公开05表 D12”); the file is in each finding's cells.</summary>
    public string? LeadName => Lead is null ? null : $"{Lead.Sheet} {Lead.Cell}";

    /// <summary>
    /// What the lead cell should be if every other figure is right: the one value that makes every
    /// equality of the group hold (at least two agree, to the cent, and none disagrees). Null otherwise.
    /// </summary>
    public decimal? Suggested
    {
        get
        {
            if (Lead is null) return null;
            var fixes = Findings.Where(f => f.FixFor.ContainsKey(Lead)).Select(f => f.FixFor[Lead]).ToList();
            if (fixes.Count < 2) return null;
            var value = Math.Round(fixes[0], 2, MidpointRounding.AwayFromZero);
            return fixes.All(f => Math.Round(f, 2, MidpointRounding.AwayFromZero) == value) ? value : null;
        }
    }
}

/// <summary>
/// Root cause first. Greedy and explainable: take the cell named by the most findings not yet
/// grouped (at least two); it leads a group of those findings; repeat. One cell that explains
/// several findings is thus always preferred to an explanation needing several cells. Ties go to
/// the cell whose findings are more severe, then to the cell of fewer cells per finding (a figure
/// in a short identity is more specific than a total shared by long ones), then to the first
/// named. Rounding notes and missing reasons are never grouped: they stand on their own. Groups
/// are ordered by their most severe finding, then by size, then by first finding.
/// </summary>
public static class FindingGroups
{
    public static IReadOnlyList<FindingGroup> Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        // By reference: two findings may be equal records (the same message twice) and still be two findings.
        var index = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < findings.Count; i++) index[findings[i]] = i;
        var open = findings.Where(Groupable).ToList();
        var groups = new List<(SourceRef? Lead, List<Finding> Findings)>();
        while (true)
        {
            var best = open
                .SelectMany(f => f.Cells.Distinct().Select(c => (Cell: c, Finding: f)))
                .GroupBy(x => x.Cell)
                .Where(g => g.Count() >= 2)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Min(x => x.Finding.Severity))
                .ThenBy(g => g.Average(x => x.Finding.Cells.Count))
                .ThenBy(g => g.Min(x => index[x.Finding]))
                .FirstOrDefault();
            if (best is null) break;
            var members = best.Select(x => x.Finding).ToList();
            groups.Add((best.Key, members));
            open.RemoveAll(f => members.Any(m => ReferenceEquals(m, f)));
        }
        var grouped = new HashSet<Finding>(groups.SelectMany(g => g.Findings), ReferenceEqualityComparer.Instance);
        groups.AddRange(findings.Where(f => !grouped.Contains(f)).Select(f => ((SourceRef?)null, new List<Finding> { f })));
        return [.. groups
            .Select(g => (g.Lead, Findings: g.Findings.OrderBy(f => f.Severity).ThenBy(f => index[f]).ToList()))
            .OrderBy(g => g.Findings[0].Severity)
            .ThenByDescending(g => g.Findings.Count)
            .ThenBy(g => index[g.Findings[0]])
            .Select((g, i) => new FindingGroup(i + 1, g.Lead, g.Findings))];
    }

    private static bool Groupable(Finding f) => f.Severity is Severity.Error or Severity.Warning && f.Cells.Count > 0;
}
