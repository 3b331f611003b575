namespace JuneBudget.Format;

/// <summary>What kind of value a field of a key–value sheet holds.</summary>
public enum FieldKind
{
    Text,
    /// <summary>Money, in the workbook's 金额单位 (converted to 万元 on reading).</summary>
    Amount,
    /// <summary>A count or measure (人, 辆, 个, 平方米): never converted.</summary>
    Quantity,
    /// <summary>One of <see cref="FieldSpec.Choices"/> (written with data validation by `init`).</summary>
    Choice,
}

/// <summary>
/// One row of a key–value sheet: the label in column A is the key (matched after normalising
/// spaces and brackets), the value is in column B, column C tells the department what to write.
/// </summary>
public sealed record FieldSpec(string Key, FieldKind Kind, bool Required, string Help, IReadOnlyList<string>? Choices = null);
