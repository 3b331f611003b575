using JuneBudget.Format;

namespace JuneBudget.Workbooks;

/// <summary>
/// Matches row labels of a table's fixed-row area to its row specs, in sheet order. When a label
/// fits several specs (公开04表 prints “一、一般公共预算财政拨款” again under 年初财政拨款结转和结余),
/// the first unused spec after the last match wins, so position tells the rows apart.
/// </summary>
internal sealed class FixedRowLocator(IReadOnlyList<RowSpec> specs)
{
    private readonly List<string[]> _labels = [.. specs.Select(s => s.Labels.Select(LabelNormalizer.Label).ToArray())];
    private readonly HashSet<int> _used = [];
    private int _last = -1;

    /// <summary>The spec for a normalised label, or null when it matches none still unused.</summary>
    public RowSpec? Match(string label)
    {
        var candidates = Enumerable.Range(0, specs.Count)
            .Where(i => !_used.Contains(i) && _labels[i].Contains(label)).ToList();
        if (candidates.Count == 0) return null;
        var index = candidates.FirstOrDefault(i => i > _last, candidates[0]);
        _used.Add(index);
        _last = index;
        return specs[index];
    }

    /// <summary>True when the label names one of the specs, used or not.</summary>
    public bool Knows(string label) => _labels.Any(l => l.Contains(label));

    /// <summary>The specs no row matched, in schema order.</summary>
    public IEnumerable<RowSpec> Unmatched => Enumerable.Range(0, specs.Count).Where(i => !_used.Contains(i)).Select(i => specs[i]);
}
