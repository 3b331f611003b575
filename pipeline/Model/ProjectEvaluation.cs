namespace JuneBudget.Model;

/// <summary>A 项目支出绩效自评表: header, 资金 rows, targets, indicators and 总分.</summary>
public sealed record ProjectEvaluation
{
    public required string Name { get; init; }
    public required string Department { get; init; }
    public required string Implementer { get; init; }
    public required FundingLine Total { get; init; }
    public required FundingLine CurrentAppropriation { get; init; }
    /// <summary>上年结转资金; null when the table has no such row.</summary>
    public FundingLine? CarriedOver { get; init; }
    public required FundingLine Other { get; init; }
    public required Quantity FundingWeight { get; init; }
    /// <summary>执行率 as stated, as a fraction (1.0 = 100%); null when blank.</summary>
    public Quantity? ExecutionRate { get; init; }
    public required Quantity FundingScore { get; init; }
    public required string Goal { get; init; }
    public required string Achieved { get; init; }
    /// <summary>The cells of 预期目标 and 实际完成情况 (null when the sheet has no such column or the model was built in code).</summary>
    public SourceRef? GoalSource { get; init; }
    public SourceRef? AchievedSource { get; init; }
    public required Quantity TotalScore { get; init; }
    public required IReadOnlyList<PerformanceIndicator> Indicators { get; init; }
    public required SourceRef Source { get; init; }
}
