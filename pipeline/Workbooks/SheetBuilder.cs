namespace JuneBudget.Workbooks;

/// <summary>
/// Collects one sheet's cells and merged ranges as a reader (Open XML or .xls) finds them, under
/// the workbook's <see cref="ContentGuard"/>, and makes the <see cref="SheetReader"/> snapshot.
/// Merged ranges are kept as rectangles until the sheet's content is known, then clipped to it
/// before they are spread: <c>G1:XFD1048576</c> on a sheet whose content ends at I40 covers
/// G1:I40, not 17 billion cells.
/// </summary>
internal sealed class SheetBuilder(ContentGuard guard, string name)
{
    private readonly Dictionary<(int, int), object> _values = [];
    private readonly List<((int Row, int Col) First, (int Row, int Col) Last)> _merges = [];

    public string Name { get; } = name;

    /// <summary>Adds a cell's value (text is cleaned; null and empty text leave the cell blank).</summary>
    public void Add(int row, int col, object? value)
    {
        if (value is string text)
        {
            text = guard.Text(Name, row, col, text);
            value = text.Length == 0 ? null : text;
        }
        if (value is null) return;
        guard.Cell(Name, row, col);
        _values[(row, col)] = value;
    }

    public void AddMerge((int Row, int Col) first, (int Row, int Col) last)
    {
        // A range costs a few bytes until Build; bound their number like cells.
        if (_merges.Count >= ReaderLimits.MaxCells)
            throw new WorkbookLimitException($"工作表“{Name}”：合并区域超过 {ReaderLimits.MaxCells:N0} 个");
        _merges.Add((first, last));
    }

    public SheetReader Build()
    {
        var merged = new Dictionary<(int, int), (int, int)>();
        if (_values.Count > 0 && _merges.Count > 0)
        {
            int top = int.MaxValue, left = int.MaxValue, bottom = 0, right = 0;
            foreach (var (r, c) in _values.Keys)
            {
                top = Math.Min(top, r);
                bottom = Math.Max(bottom, r);
                left = Math.Min(left, c);
                right = Math.Max(right, c);
            }
            foreach (var (first, last) in _merges)
            {
                int r1 = Math.Max(first.Row, top), r2 = Math.Min(last.Row, bottom);
                int c1 = Math.Max(first.Col, left), c2 = Math.Min(last.Col, right);
                if (r1 > r2 || c1 > c2) continue;
                guard.Merged(Name, (long)(r2 - r1 + 1) * (c2 - c1 + 1));
                for (var r = r1; r <= r2; r++)
                    for (var c = c1; c <= c2; c++)
                        if (r != first.Row || c != first.Col)
                            merged[(r, c)] = first;
            }
        }
        return new SheetReader(guard.File, Name, _values, merged);
    }
}
