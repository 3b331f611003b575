namespace JuneBudget.Model;

/// <summary>One indicator row of a 自评表 (long format: one row per indicator); <see cref="Source"/> is its 三级指标 cell.</summary>
public sealed record PerformanceIndicator(
    string Level1,
    string Level2,
    string Level3,
    string Target,
    string Actual,
    Quantity Weight,
    Quantity Score,
    string Deviation,
    SourceRef Source)
{
    /// <summary>The cells of 年度指标值 and 实际完成值 (null when the sheet has no such column or the model was built in code).</summary>
    public SourceRef? TargetSource { get; init; }
    public SourceRef? ActualSource { get; init; }
}
