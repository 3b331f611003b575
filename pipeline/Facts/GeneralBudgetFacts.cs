namespace JuneBudget.Facts;

/// <summary>第二部分 五: 一般公共预算财政拨款支出 (公开05表) in total, by 类 and by 项.</summary>
public sealed record GeneralBudgetFacts
{
    public required Figure Total { get; init; }
    /// <summary>Share of 本年支出合计 (公开01表).</summary>
    public required Figure ShareOfExpenditure { get; init; }
    public required Change Change { get; init; }
    public required Reason ChangeReason { get; init; }
    public required Variance Variance { get; init; }
    /// <summary>Null when the format does not compare §五(一) with the budget (format.yaml comparisons.general_budget_vs_budget).</summary>
    public required Reason? VarianceReason { get; init; }
    public required IReadOnlyList<ClassLine> Classes { get; init; }
    public required IReadOnlyList<ItemLine> Items { get; init; }
}

/// <summary>第二部分 六: 基本支出 (公开05表 基本支出) and the 款 names of 公开06表.</summary>
public sealed record BasicFacts(Figure Total, Figure Personnel, IReadOnlyList<string> PersonnelItems, Figure Public, IReadOnlyList<string> PublicItems)
{
    public bool HasPersonnelItems => PersonnelItems.Count > 0;
    public bool HasPublicItems => PublicItems.Count > 0;
}
