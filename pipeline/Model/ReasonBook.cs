namespace JuneBudget.Model;

/// <summary>The 主要原因 texts of a workbook, by key (<see cref="JuneBudget.Format.ReasonKeys"/>).</summary>
public sealed record ReasonBook(IReadOnlyDictionary<string, TextValue> ByKey)
{
    public static ReasonBook Empty { get; } = new(new Dictionary<string, TextValue>());

    /// <summary>The reason for a key, or null when the workbook lacks it or left it blank.</summary>
    public TextValue? Find(string key) => ByKey.TryGetValue(key, out var text) && !text.IsBlank ? text : null;
}
