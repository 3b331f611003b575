namespace JuneBudget.Facts;

/// <summary>
/// This year against last year. <see cref="Amount"/> and <see cref="Rate"/> are absolute; the
/// direction is in <see cref="Kind"/>. Rate = |change| ÷ last year × 100; last year 0 and this
/// year non-zero is written “增长100.00%” by convention (<see cref="IsNew"/>); equal values
/// (including both 0) are <see cref="IsUnchanged"/> and the template writes “与上年持平”.
/// </summary>
public sealed record Change(Figure Current, Figure Prior, Figure Amount, Figure Rate, ChangeKind Kind)
{
    public bool IsIncrease => Kind == ChangeKind.Increase;
    public bool IsDecrease => Kind == ChangeKind.Decrease;
    public bool IsUnchanged => Kind == ChangeKind.Unchanged;
    /// <summary>Last year 0, this year not: a new item.</summary>
    public bool IsNew => IsIncrease && Prior.Value == 0m;
    /// <summary>This year 0, last year not: a dropped item.</summary>
    public bool IsDropped => IsDecrease && Current.Value == 0m;
}

public enum ChangeKind { Increase, Decrease, Unchanged }
