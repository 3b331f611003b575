namespace JuneBudget.Publishing;

/// <summary>
/// A 主要原因 the document needs and the workbook lacks: the exact key to type in the
/// 主要原因 sheet and where in the document it is needed (from its C-01 finding).
/// </summary>
internal sealed record MissingReason(string Key, string Description);
