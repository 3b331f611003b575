namespace JuneBudget.Validation;

/// <summary>How the two sides of an <see cref="Identity"/> must relate.</summary>
public enum Relation
{
    /// <summary>Σ left = Σ right.</summary>
    Equal,
    /// <summary>Σ left ≤ Σ right.</summary>
    AtMost,
}
