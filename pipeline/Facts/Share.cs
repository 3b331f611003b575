namespace JuneBudget.Facts;

/// <summary>An amount and its share (占) of a whole, in percent; 0.00 when the whole is 0.</summary>
public sealed record Share(Figure Amount, Figure Percent);
