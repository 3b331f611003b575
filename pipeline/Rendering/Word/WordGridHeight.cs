using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A grid's height on the page, estimated from its cell texts and column widths (rows of 11 pt
/// lines, <see cref="WordStyles.TableLine"/>), to decide whether it is kept on one page: a grid that
/// fits moves to the next page whole rather than leaving a few rows behind; a taller one flows,
/// its header rows repeated. The estimate errs on the tall side (a character is counted a full
/// em, every cell line rounded up) because a grid kept together that does not fit makes
/// LibreOffice leave its title alone on a page.
/// </summary>
internal static class WordGridHeight
{
    /// <summary>The part of a page's text height a grid may take and still be kept together.</summary>
    private const double Share = 0.9;

    /// <summary>Title, code and unit lines over the table, in twips (two 18 pt title lines and two 五号 lines).</summary>
    private const int Caption = 2 * 470 + 120 + 2 * 320;

    public static bool FitsOnePage(IReadOnlyList<IReadOnlyList<PlacedCell>> rows, IReadOnlyList<int> widths, int em, int pageTextHeight) =>
        Caption + Estimate(rows, widths, em) <= pageTextHeight * Share;

    /// <summary>The table's height in twips: each row as tall as its tallest single-row cell; a cell spanning rows
    /// adds what its rows lack.</summary>
    public static int Estimate(IReadOnlyList<IReadOnlyList<PlacedCell>> rows, IReadOnlyList<int> widths, int em)
    {
        var edges = WordTables.Edges(widths);
        var heights = new int[rows.Count];
        var spanning = new List<(int Row, int Span, int Lines)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var lines = 1;
            foreach (var slot in rows[r])
            {
                if (slot.IsContinuation) continue;
                var width = edges[slot.Column + slot.Cell.ColSpan] - edges[slot.Column];
                var cellLines = Lines(slot.Cell.Text, width, em);
                if (slot.Cell.RowSpan == 1) lines = Math.Max(lines, cellLines);
                else spanning.Add((r, slot.Cell.RowSpan, cellLines));
            }
            heights[r] = lines;
        }
        foreach (var (row, span, lines) in spanning)
        {
            var have = Enumerable.Range(row, span).Sum(r => heights[r]);
            if (have < lines) heights[row + span - 1] += lines - have;
        }
        return heights.Sum(lines => lines * WordStyles.TableLine + RowBorder);
    }

    private const int RowBorder = 10;

    private static int Lines(string text, int width, int em)
    {
        var perLine = Math.Max(1, (width - 2 * 85) / em);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / (double)perLine)));
    }
}
