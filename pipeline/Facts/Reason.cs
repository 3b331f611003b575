namespace JuneBudget.Facts;

/// <summary>
/// A 主要原因 (or another text a person must write) the document shows. <see cref="Text"/> is the
/// workbook's text without a trailing 。 (the template ends the sentence); when it is missing the
/// document shows <see cref="Placeholder"/> instead, never an empty string.
/// </summary>
public sealed record Reason(string Key, string? Text, string Placeholder)
{
    public bool IsMissing => Text is null;

    /// <summary>The placeholder for a missing 主要原因 (AGENTS.md).</summary>
    public static string ReasonPlaceholder(string key) => $"【待补充：主要原因（键：{key}）】";

    /// <summary>The placeholder for another missing text, named by its workbook field.</summary>
    public static string FieldPlaceholder(string field) => $"【待补充：{field}】";
}
