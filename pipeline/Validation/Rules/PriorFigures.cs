using JuneBudget.Model;

namespace JuneBudget.Validation.Rules;

/// <summary>What the rules that look at last year's figures agree on.</summary>
internal static class PriorFigures
{
    /// <summary>
    /// A 上年数 sheet left blank: every figure zero and no 项 listed. It is unused, not a statement
    /// that last year was zero (C-02 then asks for last year's figures; Y-03 compares nothing).
    /// </summary>
    public static bool IsBlank(this PriorYearFigures prior) =>
        prior.Figures.Values.All(a => a.IsZero)
        && prior.GeneralBudgetItems.Count + prior.GovernmentFundItems.Count + prior.StateCapitalItems.Count == 0;
}
