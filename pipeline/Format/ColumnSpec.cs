namespace JuneBudget.Format;

/// <summary>
/// An amount column: its canonical key, the header printed on the lowest header row, the header
/// of the block above it for two-row headers (e.g. 本年支出 over 基本支出), and other labels that
/// mean the same column in exported tables.
/// </summary>
public sealed record ColumnSpec(string Key, string Header, string? Parent = null, IReadOnlyList<string>? Aliases = null)
{
    public IEnumerable<string> Labels => Aliases is null ? [Header] : [Header, .. Aliases];
}
