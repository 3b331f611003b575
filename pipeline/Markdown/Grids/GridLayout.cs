namespace JuneBudget.Markdown.Grids;

/// <summary>What a table-layout builder returns: header row count, rows, relative column widths.</summary>
internal readonly record struct GridLayout(int HeaderRows, IReadOnlyList<IReadOnlyList<GridCell>> Rows, IReadOnlyList<int> Widths);
