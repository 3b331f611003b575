namespace JuneBudget.Model;

/// <summary>
/// Everything one input workbook says, read once, immutable. Amounts are in 万元 and remember
/// their cell. <see cref="PriorYearSheet"/> is the workbook's own 上年数 sheet (may be null); the
/// prior year actually used is resolved when workbooks are paired (<see cref="UnitYear"/>).
/// </summary>
public sealed record BudgetWorkbook
{
    /// <summary>File name (not path) used in every message.</summary>
    public required string FileName { get; init; }
    public required UnitInfo Unit { get; init; }
    public required UnitProfile Profile { get; init; }
    public required StatutoryTables Tables { get; init; }
    public required BudgetFigures Budgets { get; init; }
    public required ThreePublicStats ThreePublic { get; init; }
    public required OtherMatters Other { get; init; }
    public required PerformanceInfo Performance { get; init; }
    public required IReadOnlyList<ProjectEvaluation> Projects { get; init; }
    public required ReasonBook Reasons { get; init; }
    public PriorYearFigures? PriorYearSheet { get; init; }
    /// <summary>The 部门整体支出绩效自评报告's input; null when the workbook has no 整体自评 sheet.</summary>
    public SelfReportInput? SelfReport { get; init; }
}
