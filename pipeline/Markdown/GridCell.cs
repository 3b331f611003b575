using JuneBudget.Model;

namespace JuneBudget.Markdown;

/// <summary>Horizontal alignment of a grid cell.</summary>
public enum CellAlign { Left, Center, Right }

/// <summary>
/// One cell of a <see cref="GridTable"/>. Spans follow HTML semantics: a cell with RowSpan 2 covers
/// the same column of the next row, and that row omits a cell there. <see cref="Source"/> is the
/// workbook cell a number came from (shown in the review HTML).
/// </summary>
public sealed record GridCell(
    string Text,
    int ColSpan = 1,
    int RowSpan = 1,
    CellAlign Align = CellAlign.Left,
    SourceRef? Source = null,
    bool IsHeader = false);
