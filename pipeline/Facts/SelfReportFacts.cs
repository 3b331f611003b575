using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// Everything the 部门整体支出绩效自评报告 states that is computed, for its templates: the budget
/// and its adjustments, 执行率 overall and by 基本/项目, the projects by 资金来源, each indicator's
/// 完成率 and score, the total and the grade. Person-written strings are raw (templates escape them).
/// </summary>
public sealed record SelfReportFacts
{
    public required string UnitName { get; init; }
    public required int Year { get; init; }
    /// <summary>The title after ⟨单位⟩⟨年度⟩ (the format's).</summary>
    public required string Title { get; init; }
    public required string SelfReference { get; init; }

    public required Figure InitialTotal { get; init; }
    public required Figure InitialBasic { get; init; }
    public required Figure InitialProject { get; init; }
    public required Figure Increase { get; init; }
    public required Figure Decrease { get; init; }
    /// <summary>调整后全年预算 = 年初 − 调减 + 调增.</summary>
    public required Figure FullYearBudget { get; init; }
    /// <summary>预算调整率 = |调整后 − 年初| ÷ 年初 × 100.</summary>
    public required Figure AdjustmentRate { get; init; }
    public required Figure BudgetBasic { get; init; }
    public required Figure BudgetPersonnel { get; init; }
    public required Figure BudgetPublic { get; init; }
    public required Figure BudgetProject { get; init; }
    /// <summary>执行数 from the 支出决算表 (基本支出 + 项目支出).</summary>
    public required Figure Executed { get; init; }
    public required Figure ExecutedBasic { get; init; }
    public required Figure ExecutedProject { get; init; }
    public required Figure ExecutionRate { get; init; }
    public required Figure BasicExecutionRate { get; init; }
    public required Figure ProjectExecutionRate { get; init; }
    public required Figure ExecutionWeight { get; init; }
    /// <summary>分值 × 执行率.</summary>
    public required Figure ExecutionScore { get; init; }

    public required Figure Posts { get; init; }
    public required Figure AdministrativePosts { get; init; }
    public required Figure AdministrativeStaff { get; init; }
    public required Figure InstitutionalPosts { get; init; }
    public required Figure InstitutionalStaff { get; init; }
    public required Figure Employees { get; init; }

    public required Figure ProjectCount { get; init; }
    public required Figure ProjectBudget { get; init; }
    public required Figure ProjectExecuted { get; init; }
    public required IReadOnlyList<ProjectGroupFacts> ProjectGroups { get; init; }

    public required IReadOnlyList<IndicatorFacts> Indicators { get; init; }
    /// <summary>执行率 score + Σ 自评得分.</summary>
    public required Figure TotalScore { get; init; }
    public required string Grade { get; init; }

    /// <summary>The department's text blocks, each as paragraphs (raw).</summary>
    public required SelfReportTexts Texts { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources { get; init; }
}

/// <summary>The projects of one 资金来源.</summary>
public sealed record ProjectGroupFacts(string Source, Figure Count, Figure Budget, Figure Executed, IReadOnlyList<ProjectFacts> Projects);

public sealed record ProjectFacts(string Name, Figure Budget, Figure Executed, string Effect);

/// <summary>An indicator as printed: its values (null when blank), the computed 完成率 (null when not numeric), weight and score.</summary>
public sealed record IndicatorFacts
{
    public required int Number { get; init; }
    public required string Name { get; init; }
    /// <summary>≥, ≤ or =.</summary>
    public required string Comparison { get; init; }
    public required Figure? Target { get; init; }
    public required string Unit { get; init; }
    public required Figure? Midyear { get; init; }
    public required Figure? AdjustedTarget { get; init; }
    public required string Measure { get; init; }
    public required Figure? Actual { get; init; }
    public required Figure? CompletionRate { get; init; }
    public required Figure Weight { get; init; }
    public required Figure Score { get; init; }
    public required string Deviation { get; init; }
    public required string Improvement { get; init; }
    public required string Note { get; init; }
}

/// <summary>The text blocks of the 整体自评 sheet, each split into its paragraphs (one per line), raw.</summary>
public sealed record SelfReportTexts(
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> Organisation,
    IReadOnlyList<string> KeyWork,
    IReadOnlyList<string> BudgetSummary,
    IReadOnlyList<string> AdjustmentSummary,
    IReadOnlyList<string> ExecutionSummary,
    IReadOnlyList<string> BasicUse,
    IReadOnlyList<string> ProjectUse,
    IReadOnlyList<string> BasicManagement,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Compliance,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Improvements,
    IReadOnlyList<string> Suggestions);
