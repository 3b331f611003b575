namespace JuneBudget.Model;

/// <summary>十一、预算绩效 and 十二、其他需说明的事项 as stated by the department.</summary>
public sealed record PerformanceInfo
{
    public required Quantity ProjectCount { get; init; }
    public required Amount Budget { get; init; }
    public required Amount Executed { get; init; }
    public required TextValue Achievements { get; init; }
    public required TextValue Problems { get; init; }
    public required TextValue Improvements { get; init; }
    /// <summary>Projects evaluated without an attached 自评表 (2024 §十二, e.g. “SM 项目”).</summary>
    public required TextValue OtherCategory { get; init; }
    public required Quantity OtherCount { get; init; }
    public required Amount OtherBudget { get; init; }
    public required Amount OtherExecuted { get; init; }
    public required TextValue OtherNote { get; init; }
}
