namespace JuneBudget.Facts;

/// <summary>What a <see cref="Figure"/> measures, which decides how it is printed.</summary>
public enum FigureKind
{
    /// <summary>万元, 2 decimals, thousands separators in the 2023+ formats.</summary>
    Money,
    /// <summary>A percentage, 2 decimals, no separators (the % sign is written by the template).</summary>
    Percent,
    /// <summary>人, 个, 辆, 批次: printed as an integer when whole.</summary>
    Count,
    /// <summary>平方米: 2 decimals like money.</summary>
    Area,
}

/// <summary>
/// One number the document shows: its exact value (rounded only when printed), what it is, and the
/// source id under which <see cref="ReportFacts.Sources"/> lists the cells it was computed from.
/// Templates print it with <c>money</c>, <c>percent</c> or <c>count</c>, which write
/// <c>⟦display|id⟧</c>.
/// </summary>
public sealed record Figure(decimal Value, FigureKind Kind, string Id, bool Grouped)
{
    /// <summary>The printed text without the source marker, e.g. 7,138.31.</summary>
    public string Display => NumberText.Format(Value, Kind, Grouped);

    public bool IsZero => NumberText.Round(Value) == 0m;
}
