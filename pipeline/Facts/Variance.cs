namespace JuneBudget.Facts;

/// <summary>
/// 决算 against 预算: rate = (决算 − 预算) ÷ 预算 × 100, signed. Both 0 gives 0.00%. A budget of 0
/// with spending has no meaningful rate: <see cref="Rate"/> is null and the template omits it.
/// </summary>
public sealed record Variance(Figure Budget, Figure Actual, Figure? Rate)
{
    public bool HasRate => Rate is not null;
}
