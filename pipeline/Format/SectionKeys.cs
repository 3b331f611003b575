namespace JuneBudget.Format;

/// <summary>
/// The section keys C# asks a format for (C-01's locations). Every format file must list them;
/// <see cref="FormatLibrary"/> refuses one that does not. Templates may use further keys.
/// </summary>
public static class SectionKeys
{
    public const string Overview = "overview";
    public const string Fiscal = "fiscal";
    public const string GeneralBudget = "general_budget";
    public const string GeneralBudgetTotal = "general_budget_total";
    public const string GeneralBudgetItems = "general_budget_items";
    public const string GovernmentFund = "government_fund";
    public const string StateCapital = "state_capital";
    public const string ThreePublic = "three_public";
    public const string OperatingCost = "operating_cost";

    /// <summary>Keys every format must list; the §五 subsections are optional (2021 has none, C-01 then names §五).</summary>
    public static readonly IReadOnlyList<string> Required =
        [Overview, Fiscal, GeneralBudget, GovernmentFund, StateCapital, ThreePublic, OperatingCost];
}
