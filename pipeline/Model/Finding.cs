namespace JuneBudget.Model;

/// <summary>
/// One thing a reviewer must see: from reading (shape: missing sheet, unreadable cell) or from a
/// validation rule. Never thrown; collected and reported.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    IReadOnlyList<SourceRef> Cells,
    decimal? Expected = null,
    decimal? Actual = null,
    string? Key = null,
    IReadOnlyDictionary<SourceRef, decimal>? Fixes = null)
{
    /// <summary>
    /// For an equality, the value each figure with a cell of its own would need for the equality to
    /// hold if every other figure were right (the root-cause grouping says it for the lead cell).
    /// Null when the rule does not compute it.
    /// </summary>
    public IReadOnlyDictionary<SourceRef, decimal> FixFor => Fixes ?? EmptyFixes;

    private static readonly IReadOnlyDictionary<SourceRef, decimal> EmptyFixes = new Dictionary<SourceRef, decimal>();

    /// <summary>The file the finding is about (first cell's file), if any.</summary>
    public string? File => Cells.Count > 0 ? Cells[0].File : null;
}
