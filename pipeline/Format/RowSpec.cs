namespace JuneBudget.Format;

/// <summary>
/// A fixed row: canonical key, the label as printed (numbering like “一、” included), and other
/// labels that mean the same row. <see cref="Code"/> is set for 功能分类 类 rows of 01/04, whose
/// label is a 类 name and whose key is the 类 code.
/// </summary>
public sealed record RowSpec(string Key, string Label, IReadOnlyList<string>? Aliases = null, string? Code = null)
{
    public IEnumerable<string> Labels => Aliases is null ? [Label] : [Label, .. Aliases];
}
