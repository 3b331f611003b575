using JuneBudget.Model;

namespace JuneBudget.Format;

/// <summary>
/// The official layout of one public table: what `init` writes and what the reader looks for.
/// For <see cref="TableLayout.SideBySide"/> and <see cref="TableLayout.Economic"/> the left half
/// uses <see cref="LeftColumns"/>/<see cref="LeftRows"/> and the right half the Right ones; the
/// other layouts use only the Left ones.
/// </summary>
public sealed record TableSchema(
    TableKind Kind,
    TableLayout Layout,
    IReadOnlyList<ColumnSpec> LeftColumns,
    IReadOnlyList<RowSpec> LeftRows,
    IReadOnlyList<ColumnSpec> RightColumns,
    IReadOnlyList<RowSpec> RightRows);
