namespace JuneBudget.Model;

/// <summary>
/// What the department states for its 部门整体支出绩效自评报告 (sheets 整体自评, 整体自评-项目 and
/// 整体自评-指标). Null on <see cref="BudgetWorkbook.SelfReport"/> when the workbook has no 整体自评
/// sheet: then the unit publishes the 公开说明 only. 执行数 are not here: the 支出决算表 holds them.
/// </summary>
public sealed record SelfReportInput
{
    public required Amount InitialBasic { get; init; }
    public required Amount InitialProject { get; init; }
    public required Amount Increase { get; init; }
    public required Amount Decrease { get; init; }
    public required Amount BudgetPersonnel { get; init; }
    public required Amount BudgetPublic { get; init; }
    public required Amount BudgetProject { get; init; }
    /// <summary>The 预算执行率 indicator's 权重分值 (its score is computed).</summary>
    public required Quantity ExecutionWeight { get; init; }
    public required Quantity AdministrativePosts { get; init; }
    public required Quantity AdministrativeStaff { get; init; }
    public required Quantity InstitutionalPosts { get; init; }
    public required Quantity InstitutionalStaff { get; init; }
    public required Quantity Employees { get; init; }
    /// <summary>The text blocks by <see cref="JuneBudget.Format.SelfReportFields"/> label.</summary>
    public required IReadOnlyDictionary<string, TextValue> Texts { get; init; }
    public required IReadOnlyList<SelfReportProject> Projects { get; init; }
    public required IReadOnlyList<SelfReportIndicator> Indicators { get; init; }
    /// <summary>The 整体自评 sheet (names findings about the whole report).</summary>
    public required SourceRef Source { get; init; }

    public TextValue Text(string label) => Texts.TryGetValue(label, out var text) ? text : TextValue.Empty;
}

/// <summary>A project of the 整体自评-项目 sheet.</summary>
public sealed record SelfReportProject(string Name, string FundingSource, Amount Budget, Amount Executed, TextValue Effect, SourceRef Source);

/// <summary>
/// An 整体绩效 indicator. Numbers are null when the cell is blank; <see cref="Target"/> with
/// <see cref="Comparison"/> (≥, ≤, =) and <see cref="Actual"/> give the computed 完成率.
/// </summary>
public sealed record SelfReportIndicator
{
    public required string Name { get; init; }
    public required string Comparison { get; init; }
    public required Quantity? Target { get; init; }
    public required string Unit { get; init; }
    public required Quantity? Midyear { get; init; }
    public required Quantity? AdjustedTarget { get; init; }
    /// <summary>What 实际完成值 measures in “本次评价⟨口径⟩⟨值⟩” (blank: “实际完成值为”).</summary>
    public required string Measure { get; init; }
    public required Quantity? Actual { get; init; }
    public required Quantity Weight { get; init; }
    public required Quantity Score { get; init; }
    public required TextValue Deviation { get; init; }
    public required TextValue Improvement { get; init; }
    public required TextValue Note { get; init; }
    /// <summary>The 指标名称 cell.</summary>
    public required SourceRef Source { get; init; }
}
