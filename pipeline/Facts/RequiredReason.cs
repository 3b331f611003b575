namespace JuneBudget.Facts;

/// <summary>A 主要原因 key the document needs, what it explains and where it is shown.</summary>
public sealed record RequiredReason(string Key, string Explains, string Location);
