namespace JuneBudget.Model;

/// <summary>
/// Last year's figures every year-over-year sentence needs. Built from last year's workbook of the
/// same unit when it is in the input folder, else from this workbook's 上年数 sheet; the
/// <see cref="Origin"/> says which. Keys of <see cref="Figures"/> are <see cref="JuneBudget.Format.PriorYearFields"/>.
/// </summary>
public sealed record PriorYearFigures(
    string Origin,
    IReadOnlyDictionary<string, Amount> Figures,
    IReadOnlyList<PriorItem> GeneralBudgetItems,
    IReadOnlyList<PriorItem> GovernmentFundItems,
    IReadOnlyList<PriorItem> StateCapitalItems)
{
    public Amount this[string key] => Figures.TryGetValue(key, out var amount) ? amount : Amount.Zero;
}
