namespace JuneBudget.Facts;

/// <summary>第二部分 一: 收入支出决算总体情况 (公开01表).</summary>
public sealed record OverviewFacts
{
    public required Figure IncomeTotal { get; init; }
    public required Figure IncomeThisYear { get; init; }
    public required Figure NonFiscalBalanceUsed { get; init; }
    public required Figure OpeningBalance { get; init; }
    public required Figure ExpenditureTotal { get; init; }
    public required Figure ExpenditureThisYear { get; init; }
    public required Figure Distribution { get; init; }
    public required Figure ClosingBalance { get; init; }
    /// <summary>收入总计 against last year (one sentence for both totals unless the format separates them).</summary>
    public required Change Change { get; init; }
    public required Reason ChangeReason { get; init; }
    /// <summary>支出总计 against last year, when the format compares the totals separately (2022).</summary>
    public Change? ExpenditureChange { get; init; }
    public Reason? ExpenditureChangeReason { get; init; }
}

/// <summary>第二部分 二: 收入决算 (公开02表 合计), each item with its share of 本年收入.</summary>
public sealed record IncomeFacts(Figure Total, Share Fiscal, Share Superior, Share Business, Share Operating, Share Affiliated, Share Other);

/// <summary>第二部分 三: 支出决算 (公开03表 合计), each item with its share of 本年支出.</summary>
public sealed record ExpenditureFacts(Figure Total, Share Basic, Share Project, Share ToSuperior, Share Operating, Share ToAffiliated);

/// <summary>第二部分 四: 财政拨款收入支出决算总体情况 (公开04表).</summary>
public sealed record FiscalFacts
{
    public required Figure IncomeTotal { get; init; }
    public required Figure OpeningBalance { get; init; }
    public required Figure IncomeThisYear { get; init; }
    public required Figure ExpenditureTotal { get; init; }
    public required Figure ClosingBalance { get; init; }
    public required Figure ExpenditureThisYear { get; init; }
    public required Change Change { get; init; }
    public required Reason ChangeReason { get; init; }
    /// <summary>
    /// 年初预算数 (财政拨款支出) against 本年财政拨款支出 — the same 决算数 as §五(一) uses; against
    /// 财政拨款支出总计 when the format says so (2022, format.yaml comparisons.fiscal_budget: totals).
    /// </summary>
    public required Variance Variance { get; init; }
    public required Reason VarianceReason { get; init; }
    /// <summary>财政拨款支出总计 against last year, when the format compares 收入 and 支出 separately (2021).</summary>
    public Change? ExpenditureChange { get; init; }
    public Reason? ExpenditureChangeReason { get; init; }
    /// <summary>年初预算数 (财政拨款收入) against 本年财政拨款收入 (2021), or 财政拨款收入总计 (2022), when the format compares them separately.</summary>
    public Variance? IncomeVariance { get; init; }
    public Reason? IncomeVarianceReason { get; init; }
}
