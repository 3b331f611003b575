using JuneBudget.Format;

namespace JuneBudget.Workbooks;

/// <summary>
/// Matches column specs to header paths. A column matches when its path holds one of the spec's
/// labels and every segment of the spec's parent (“预算数/公务用车购置及运行费”), preferring the
/// column with the fewest other segments. A spec whose parent is absent from the sheet (a flat
/// header) still matches when exactly one free column carries its label.
/// </summary>
internal static class ColumnLocator
{
    public static (IReadOnlyDictionary<string, int> Found, IReadOnlyList<ColumnSpec> Missing) Match(
        IReadOnlyList<ColumnSpec> specs, HeaderLocator.Header header, IEnumerable<int> columns)
    {
        var free = columns.ToList();
        var found = new Dictionary<string, int>();
        var pending = new List<ColumnSpec>();
        foreach (var spec in specs)
        {
            var labels = spec.Labels.Select(LabelNormalizer.Header).ToList();
            var parents = spec.Parent?.Split('/').Select(LabelNormalizer.Header).ToList() ?? [];
            var best = free
                .Where(c => labels.Any(l => header.PathContains(c, l)) && parents.All(p => header.PathContains(c, p)))
                .OrderBy(c => header.PathOf(c).Count)
                .Cast<int?>().FirstOrDefault();
            if (best is { } col) { found[spec.Key] = col; free.Remove(col); }
            else pending.Add(spec);
        }
        var missing = new List<ColumnSpec>();
        foreach (var spec in pending)
        {
            var labels = spec.Labels.Select(LabelNormalizer.Header).ToList();
            var candidates = free.Where(c => labels.Any(l => header.PathContains(c, l))).ToList();
            if (spec.Parent is not null && candidates.Count == 1) { found[spec.Key] = candidates[0]; free.Remove(candidates[0]); }
            else missing.Add(spec);
        }
        return (found, missing);
    }
}
