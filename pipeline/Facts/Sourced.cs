using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>An exact value with every cell it was computed from; sums keep all cells.</summary>
internal readonly record struct Sourced(decimal Value, IReadOnlyList<SourceRef> Sources)
{
    public static Sourced Zero { get; } = new(0m, []);

    public static implicit operator Sourced(Amount amount) =>
        new(amount.Value, amount.Source is null ? [] : [amount.Source]);

    public static implicit operator Sourced(Quantity quantity) =>
        new(quantity.Value, quantity.Source is null ? [] : [quantity.Source]);

    public static Sourced operator +(Sourced a, Sourced b) => new(a.Value + b.Value, [.. a.Sources, .. b.Sources]);

    public static Sourced Sum(IEnumerable<Sourced> parts) => parts.Aggregate(Zero, (a, b) => a + b);
}
