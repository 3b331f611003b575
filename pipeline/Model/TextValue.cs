namespace JuneBudget.Model;

/// <summary>A text a person wrote in the workbook (a 主要原因, a 开支内容), with its cell.</summary>
public sealed record TextValue(string Value, SourceRef? Source)
{
    public static TextValue Empty { get; } = new(string.Empty, null);

    public bool IsBlank => string.IsNullOrWhiteSpace(Value);
}
