namespace JuneBudget.Markdown;

/// <summary>A cell of a <see cref="GridTable"/> at its grid position; <see cref="IsContinuation"/> marks
/// a slot covered by a row span from above (Word writes it as a vMerge continuation cell).</summary>
internal sealed record PlacedCell(int Row, int Column, GridCell Cell, bool IsContinuation);

/// <summary>
/// Places the cells of a grid (HTML span semantics) on its column grid and checks the shape:
/// every row must cover exactly the column count, spans must not overlap or run off the table.
/// </summary>
internal static class GridGeometry
{
    /// <summary>The slots of each row, left to right; throws <see cref="ArgumentException"/> on a malformed grid.</summary>
    public static IReadOnlyList<IReadOnlyList<PlacedCell>> Place(GridTable table)
    {
        var columns = table.ColumnWidths.Count;
        var covering = new PlacedCell?[columns];
        var remaining = new int[columns];
        var rows = new List<IReadOnlyList<PlacedCell>>(table.Rows.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var placed = new List<PlacedCell>();
            var next = 0;
            var column = 0;
            while (column < columns)
            {
                if (remaining[column] > 0)
                {
                    var origin = covering[column]!;
                    placed.Add(origin with { Row = r, IsContinuation = true });
                    remaining[column]--;
                    column += origin.Cell.ColSpan;
                    continue;
                }
                if (next >= table.Rows[r].Count)
                    throw new ArgumentException($"表格 {table.Id} 第 {r + 1} 行只覆盖 {column} 列，应为 {columns} 列。");
                var cell = table.Rows[r][next++];
                if (cell.ColSpan < 1 || cell.RowSpan < 1 || column + cell.ColSpan > columns)
                    throw new ArgumentException($"表格 {table.Id} 第 {r + 1} 行第 {next} 个单元格的跨度超出表格。");
                var here = new PlacedCell(r, column, cell, false);
                placed.Add(here);
                if (cell.RowSpan > 1)
                {
                    if (r + cell.RowSpan > table.Rows.Count)
                        throw new ArgumentException($"表格 {table.Id} 第 {r + 1} 行的单元格向下跨 {cell.RowSpan} 行，超出表格。");
                    covering[column] = here;
                    remaining[column] = cell.RowSpan - 1;
                }
                for (var c = column + 1; c < column + cell.ColSpan; c++)
                    if (remaining[c] > 0) throw new ArgumentException($"表格 {table.Id} 第 {r + 1} 行的单元格与上方的合并单元格重叠。");
                column += cell.ColSpan;
            }
            if (next != table.Rows[r].Count)
                throw new ArgumentException($"表格 {table.Id} 第 {r + 1} 行有 {table.Rows[r].Count - next} 个多余的单元格。");
            rows.Add(placed);
        }
        return rows;
    }
}
