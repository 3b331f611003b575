using JuneBudget.Markdown;
using JuneBudget.Model;
using Markdig.Syntax;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// What review mode adds, computed once before rendering: an anchor id for every sourced number,
/// placeholder and sourced grid cell (so the findings panel can link to every place a finding's cells
/// are shown), and for each cell the first finding naming it (a shown value of that cell is red and
/// links to that finding, <c>#f-N</c>).
/// </summary>
internal sealed class HtmlReview
{
    private readonly Dictionary<MarkdownObject, string> anchors = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SourceRef, List<string>> anchorsOfCell = [];
    private readonly Dictionary<string, string> placeholderOfKey = new(StringComparer.Ordinal);
    private readonly Dictionary<SourceRef, int> findingOfCell = [];

    private HtmlReview(IReadOnlyList<Finding> findings)
    {
        Findings = findings;
        for (var i = 0; i < findings.Count; i++)
            foreach (var cell in findings[i].Cells) findingOfCell.TryAdd(cell, i);
    }

    public IReadOnlyList<Finding> Findings { get; }

    public static HtmlReview Build(ReportDocument document, IReadOnlyList<Finding> findings)
    {
        var review = new HtmlReview(findings);
        var numbers = 0;
        var placeholders = 0;
        foreach (var node in document.Markdown.Descendants())
        {
            switch (node)
            {
                case SourcedNumberInline number:
                    review.Register(number, $"n-{++numbers}", number.Sources);
                    break;
                case PlaceholderInline placeholder:
                    var id = $"rv-p{++placeholders}";
                    review.anchors[placeholder] = id;
                    if (placeholder.Key is { } key) review.placeholderOfKey.TryAdd(key, id);
                    break;
                case GridBlock grid:
                    for (var r = 0; r < grid.Table.Rows.Count; r++)
                        for (var c = 0; c < grid.Table.Rows[r].Count; c++)
                            if (grid.Table.Rows[r][c].Source is { } source)
                                review.AddPlace(source, CellAnchor(grid.Table, r, c));
                    break;
            }
        }
        return review;
    }

    /// <summary>The anchor of a grid cell (row and index in the row, 0-based).</summary>
    public static string CellAnchor(GridTable table, int row, int index) => $"n-{table.Id}-r{row + 1}-c{index + 1}";

    public string AnchorOf(MarkdownObject node) => anchors[node];

    /// <summary>The id of a finding in the panel.</summary>
    public static string FindingAnchor(int index) => $"f-{index + 1}";

    /// <summary>
    /// The first finding (by index) that names one of these cells, the value's own cells only: a
    /// total shown beside a flagged figure is not red unless a finding names its cell too.
    /// </summary>
    public int? FindingOf(IEnumerable<SourceRef> cells)
    {
        int? first = null;
        foreach (var cell in cells)
            if (findingOfCell.TryGetValue(cell, out var index) && (first is null || index < first)) first = index;
        return first;
    }

    /// <summary>Anchors a finding points at: the placeholder of its reason key, then every place its cells are shown.</summary>
    public IEnumerable<string> TargetsOf(Finding finding)
    {
        var targets = finding.Cells.SelectMany(c => anchorsOfCell.GetValueOrDefault(c) ?? []);
        if (finding.Key is { } key && placeholderOfKey.TryGetValue(key, out var placeholder)) targets = targets.Prepend(placeholder);
        return targets.Distinct();
    }

    /// <summary>
    /// A finding in one line for a red value's tooltip: its message's first line, a leading
    /// 《文件》，工作表…，单元格 (as reading findings begin) written 表!单元格 like every tooltip.
    /// </summary>
    public string WhyOf(int index)
    {
        var finding = Findings[index];
        var why = finding.Message.Split('\n')[0].Trim();
        foreach (var cell in finding.Cells)
            if (why.StartsWith(cell.ToString(), StringComparison.Ordinal))
                return Describe([cell]) + why[cell.ToString().Length..];
        return why;
    }

    /// <summary>The workbooks the shown values come from, named once at the top of the panel.</summary>
    public IReadOnlyList<string> Files => [.. anchorsOfCell.Keys.Select(c => c.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The sources as a tooltip: 表!单元格, one per line (the file is named once, in the panel).</summary>
    public static string Describe(IEnumerable<SourceRef> cells) => string.Join("\n", cells.Select(c => $"{c.Sheet}!{c.Cell}"));

    /// <summary>The sources as data: file|sheet|cell, separated by semicolons.</summary>
    public static string Data(IEnumerable<SourceRef> cells) => string.Join(";", cells.Select(c => $"{c.File}|{c.Sheet}|{c.Cell}"));

    private void Register(MarkdownObject node, string id, IReadOnlyList<SourceRef> cells)
    {
        anchors[node] = id;
        foreach (var cell in cells) AddPlace(cell, id);
    }

    private void AddPlace(SourceRef cell, string id)
    {
        if (!anchorsOfCell.TryGetValue(cell, out var places)) anchorsOfCell[cell] = places = [];
        places.Add(id);
    }
}
