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
    string? Key = null)
{
    /// <summary>The file the finding is about (first cell's file), if any.</summary>
    public string? File => Cells.Count > 0 ? Cells[0].File : null;
}
