namespace JuneBudget.Model;

/// <summary>年初预算数 the narrative compares 决算 with (the 三公 budget is in the 三公 table).</summary>
public sealed record BudgetFigures(
    Amount FiscalIncome,
    Amount FiscalExpenditure,
    Amount GeneralBudgetExpenditure,
    Amount GovernmentFundExpenditure,
    Amount StateCapitalExpenditure);
