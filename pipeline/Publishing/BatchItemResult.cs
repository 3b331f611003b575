namespace JuneBudget.Publishing;

/// <summary>The result of one unit of a batch: its value, or why it failed.</summary>
/// <param name="Index">Position of the unit in the input list.</param>
/// <param name="UnitName">The unit's name (for messages).</param>
/// <param name="Value">What the per-unit function returned; default when it failed.</param>
/// <param name="ErrorMessage">处理“…”时出错：… when it failed, else null.</param>
/// <param name="Exception">The exception (for the log) when it failed, else null.</param>
internal sealed record BatchItemResult<TResult>(int Index, string UnitName, TResult? Value, string? ErrorMessage, Exception? Exception)
{
    /// <summary>True when the per-unit function returned normally.</summary>
    public bool Succeeded => Exception is null;
}
