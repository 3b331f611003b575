namespace JuneBudget.Model;

/// <summary>
/// One indicator row of a 自评表 (long format: one row per indicator). <see cref="Source"/> is the
/// 三级指标 cell (names the indicator); <see cref="ActualSource"/> the 实际完成值 cell a correction goes to.
/// </summary>
public sealed record PerformanceIndicator(
    string Level1,
    string Level2,
    string Level3,
    string Target,
    string Actual,
    Quantity Weight,
    Quantity Score,
    string Deviation,
    SourceRef Source,
    SourceRef? ActualSource = null)
{
    /// <summary>The 年度指标值 cell (null when the sheet has no such column or the model was built in code).</summary>
    public SourceRef? TargetSource { get; init; }
}
