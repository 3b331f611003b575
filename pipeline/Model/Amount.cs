namespace JuneBudget.Model;

/// <summary>
/// An amount in 万元, exactly as read (元 inputs are divided by 10,000 without rounding),
/// with the cell it came from. <see cref="Source"/> is null only for amounts that are
/// legitimately absent from the workbook (a 科目 row that is not listed is zero).
/// </summary>
public sealed record Amount(decimal Value, SourceRef? Source)
{
    public static Amount Zero { get; } = new(0m, null);

    public bool IsZero => Value == 0m;

    /// <summary>The value rounded half away from zero to 2 decimals, as every document prints it.</summary>
    public decimal Rounded => Math.Round(Value, 2, MidpointRounding.AwayFromZero);
}
