using JuneBudget.Markdown;
using JuneBudget.Model;
using Markdig.Syntax;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// What review mode adds, computed once before rendering: an anchor id for every sourced number,
/// placeholder and sourced grid cell (so the findings panel can link to them, whichever comes
/// first in the page), and the set of cells some finding is about (highlighted).
/// </summary>
internal sealed class HtmlReview
{
    private readonly Dictionary<MarkdownObject, string> anchors = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SourceRef, string> firstAnchorOfCell = [];
    private readonly Dictionary<string, string> placeholderOfKey = new(StringComparer.Ordinal);
    private readonly HashSet<SourceRef> flagged;

    private HtmlReview(IReadOnlyList<Finding> findings)
    {
        Findings = findings;
        flagged = [.. findings.SelectMany(f => f.Cells)];
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
                    review.Register(number, $"rv-n{++numbers}", number.Sources);
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
                                review.firstAnchorOfCell.TryAdd(source, CellAnchor(grid.Table, r, c));
                    break;
            }
        }
        return review;
    }

    /// <summary>The anchor of a grid cell (row and index in the row, 0-based).</summary>
    public static string CellAnchor(GridTable table, int row, int index) => $"rv-{table.Id}-r{row + 1}-c{index + 1}";

    public string AnchorOf(MarkdownObject node) => anchors[node];

    public bool IsFlagged(IEnumerable<SourceRef> cells) => cells.Any(flagged.Contains);

    /// <summary>Anchors a finding points at: the places its cells are shown, or the placeholder of its reason key.</summary>
    public IEnumerable<string> TargetsOf(Finding finding)
    {
        var targets = finding.Cells.Select(c => firstAnchorOfCell.GetValueOrDefault(c)).OfType<string>();
        if (finding.Key is { } key && placeholderOfKey.TryGetValue(key, out var placeholder)) targets = targets.Prepend(placeholder);
        return targets.Distinct();
    }

    /// <summary>The sources as a reader reads them: 《文件》，工作表“表”，单元格 A1, one per line.</summary>
    public static string Describe(IEnumerable<SourceRef> cells) => string.Join("\n", cells.Select(c => c.ToString()));

    /// <summary>The sources as data: file|sheet|cell, separated by semicolons.</summary>
    public static string Data(IEnumerable<SourceRef> cells) => string.Join(";", cells.Select(c => $"{c.File}|{c.Sheet}|{c.Cell}"));

    private void Register(MarkdownObject node, string id, IReadOnlyList<SourceRef> cells)
    {
        anchors[node] = id;
        foreach (var cell in cells) firstAnchorOfCell.TryAdd(cell, id);
    }
}
