namespace JuneBudget.Model;

/// <summary>One 资金 row of a 自评表: 年初预算数, 全年预算数, 全年执行数.</summary>
public sealed record FundingLine(Amount InitialBudget, Amount FullYearBudget, Amount Executed);
