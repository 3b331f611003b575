namespace JuneBudget.Model;

/// <summary>
/// One row of a public table. <see cref="Key"/> is the canonical row key of the format
/// (<see cref="JuneBudget.Format.RowKeys"/>) for fixed rows, or the 科目编码 for coded rows
/// (类 3 digits, 款 5, 项 7 for 功能分类; 类 3, 款 5 for 经济分类).
/// Values are keyed by canonical column key (<see cref="JuneBudget.Format.ColumnKeys"/>).
/// </summary>
public sealed record TableRow(
    string Key,
    string? Code,
    string Label,
    IReadOnlyDictionary<string, Amount> Values,
    SourceRef Location)
{
    /// <summary>The amount in a column, or zero when the column is blank for this row.</summary>
    public Amount this[string column] => Values.TryGetValue(column, out var amount) ? amount : Amount.Zero;

    /// <summary>1 for 类, 2 for 款, 3 for 项; 0 for a fixed (non-coded) row.</summary>
    public int Level => Code?.Length switch { 3 => 1, 5 => 2, 7 => 3, _ => 0 };
}
