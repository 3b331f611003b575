namespace JuneBudget.Model;

/// <summary>A non-money figure (人数, 辆, 平方米, 个) with the cell it came from.</summary>
public sealed record Quantity(decimal Value, SourceRef? Source)
{
    public static Quantity Zero { get; } = new(0m, null);
}
