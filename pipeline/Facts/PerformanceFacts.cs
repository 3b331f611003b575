namespace JuneBudget.Facts;

/// <summary>
/// 第二部分 十一 and 十二. The count and amounts of 十一 are computed: the attached 自评表 plus the
/// projects of 其他需说明的事项 (S004: 15 tables 2,452.29 + 4 SM 525.58 = 19 projects 2,977.87).
/// </summary>
public sealed record PerformanceFacts
{
    public required Figure Count { get; init; }
    public required Figure Budget { get; init; }
    public required Figure Executed { get; init; }
    public required Reason Achievements { get; init; }
    public required Reason Problems { get; init; }
    public required Reason Improvements { get; init; }
    /// <summary>Grid ids of the 项目支出绩效自评表, P01 …, in workbook order.</summary>
    public required IReadOnlyList<string> EvaluationGrids { get; init; }
    public required bool HasOtherProjects { get; init; }
    public required string OtherCategory { get; init; }
    public required Figure OtherCount { get; init; }
    public required Figure OtherBudget { get; init; }
    public required Figure OtherExecuted { get; init; }
    public required string? OtherNote { get; init; }
    public bool HasOtherNote => OtherNote is not null;
}
