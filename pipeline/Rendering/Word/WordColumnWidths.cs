using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Column widths of a grid from its content, in twips summing to the text width. Word's fixed
/// layout needs them up front (LibreOffice and Word do not re-flow a fixed table); equal or
/// hand-set relative widths broke headers one character onto a line (“本年收入合/计”) and made a
/// 100-character 年度指标值 a cell 30 lines tall.
/// The rule, for cells spanning one column:
/// <list type="bullet">
/// <item>a number or code (no CJK letter, no space) never wraps: its column is at least its width;</item>
/// <item>a header wraps only into balanced lines (at most 2, 3 when longer than 10 characters, one a row
/// when it spans rows), never leaving one character alone on a line;</item>
/// <item>what is left goes first to columns whose text wants more (long text columns get room, up
/// to <see cref="TextCap"/> characters a line), then to the label (text) columns in the
/// proportions the grid builder gave, so labels take the rest.</item>
/// </list>
/// When even the minimums do not fit, every column is scaled down from them.
/// </summary>
internal static class WordColumnWidths
{
    /// <summary>Left and right cell margins of the Table Grid style (85 twips each) and a little room for rounding in the renderer.</summary>
    private const int Padding = 2 * 85 + 40;

    /// <summary>A text column wants at most this many characters a line before it shares what is left.</summary>
    private const double TextCap = 16;

    /// <summary>A text column is never narrower than this many characters.</summary>
    private const double TextMinimum = 2;

    /// <param name="em">The width of one CJK character in twips (the cell font size: 五号 210, 小五 180).</param>
    public static int[] Fit(GridTable grid, IReadOnlyList<IReadOnlyList<PlacedCell>> rows, int textWidth, int em)
    {
        var columns = grid.ColumnWidths.Count;
        var minimum = new double[columns];   // in em
        var wanted = new double[columns];
        var text = new bool[columns];
        foreach (var slot in rows.SelectMany(row => row))
        {
            var cell = slot.Cell;
            if (slot.IsContinuation || cell.ColSpan != 1 || cell.Text.Length == 0) continue;
            var c = slot.Column;
            var (need, want, isText) = Measure(cell);
            minimum[c] = Math.Max(minimum[c], need);
            wanted[c] = Math.Max(wanted[c], want);
            text[c] |= isText;
        }
        for (var c = 0; c < columns; c++)
        {
            if (text[c]) minimum[c] = Math.Max(minimum[c], TextMinimum);
            wanted[c] = Math.Max(wanted[c], minimum[c]);
        }

        var available = (double)(textWidth - columns * Padding) / em;
        var widths = (double[])minimum.Clone();
        var spare = available - minimum.Sum();
        if (spare < 0)
        {
            // Nothing fits: scale the minimums (a grid wider than any page still gets every column).
            var total = Math.Max(minimum.Sum(), 1);
            for (var c = 0; c < columns; c++) widths[c] = Math.Max(minimum[c], 1) / total * available;
        }
        else
        {
            var wants = Enumerable.Range(0, columns).Select(c => wanted[c] - minimum[c]).ToArray();
            var totalWants = wants.Sum();
            if (totalWants >= spare)
            {
                for (var c = 0; c < columns; c++) widths[c] += wants[c] / totalWants * spare;
            }
            else
            {
                for (var c = 0; c < columns; c++) widths[c] += wants[c];
                spare -= totalWants;
                // The rest to the text columns, in the builder's proportions; to all columns when none is text.
                var takers = Enumerable.Range(0, columns).Where(c => text[c]).ToList();
                if (takers.Count == 0) takers = [.. Enumerable.Range(0, columns)];
                var weight = takers.Sum(c => (double)grid.ColumnWidths[c]);
                foreach (var c in takers)
                    widths[c] += weight > 0 ? grid.ColumnWidths[c] / weight * spare : spare / takers.Count;
            }
        }
        var twips = widths.Select(w => (int)(w * em) + Padding).ToArray();
        twips[^1] += textWidth - twips.Sum();
        return twips;
    }

    /// <summary>What one cell needs (never narrower) and wants (comfortable), in em, and whether it is free text.</summary>
    private static (double Need, double Want, bool IsText) Measure(GridCell cell)
    {
        var lines = cell.Text.Split('\n');
        var widest = lines.Max(Width);
        if (cell.IsHeader)
        {
            var need = lines.Max(line => HeaderWidth(line, cell.RowSpan));
            return (need, need, false);
        }
        if (cell.Align == CellAlign.Right || !lines.Any(HasBreakableText))
            return (widest, widest, false);
        // Free text wraps anywhere between CJK characters, but a Latin word or number inside it does not.
        var longestWord = lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(AsciiRuns).DefaultIfEmpty("").Max(Width);
        return (longestWord, Math.Min(widest, TextCap), true);
    }

    /// <summary>
    /// The narrowest width in em at which a header wraps into at most the allowed lines with no
    /// character alone on its line (“本年收入合计” → 3 a line, “行次” → 2).
    /// </summary>
    internal static double HeaderWidth(string header, int rowSpan = 1)
    {
        var n = (int)Math.Ceiling(Width(header));
        if (n <= 2) return Width(header);
        var allowed = Math.Max(n > 10 ? 3 : 2, rowSpan);
        for (var w = 2; w < n; w++)
        {
            var lines = (n + w - 1) / w;
            if (lines <= allowed && n % w != 1) return w;
        }
        return Width(header);
    }

    /// <summary>
    /// A header as it is printed in a cell <paramref name="width"/> twips wide: when it needs more
    /// than one line, broken into balanced lines (“科目编码” in a three-character column becomes
    /// “科目/编码”, not “科目编/码”). A column wider than a header's minimum (for its numbers) would
    /// otherwise leave the header's last character alone. Text with Latin letters or digits is left to wrap.
    /// </summary>
    public static string BalanceHeader(string header, int width, int em)
    {
        var perLine = (int)((width - 2 * 85) / (double)em);
        if (perLine < 2) return header;
        return string.Join('\n', header.Split('\n').Select(line =>
        {
            var n = line.Length;
            if (n <= perLine || !line.All(IsWide)) return line;
            var lines = (n + perLine - 1) / perLine;
            // n = 7 in 3 lines: 3 + 2 + 2, not 3 + 3 + 1.
            var parts = new List<string>();
            for (int k = 0, at = 0; k < lines; k++)
            {
                var size = n / lines + (k < n % lines ? 1 : 0);
                parts.Add(line.Substring(at, size));
                at += size;
            }
            return string.Join('\n', parts);
        }));
    }

    /// <summary>Width in em: CJK and full-width characters 1, others (digits, Latin, ASCII punctuation) ½.</summary>
    internal static double Width(string text)
    {
        var width = 0.0;
        foreach (var c in text) width += IsWide(c) ? 1 : 0.5;
        return width;
    }

    private static bool IsWide(char c) => c >= 0x2E80 || c is '—' or '…' or '“' or '”' or '‘' or '’';

    private static bool HasBreakableText(string line) => line.Any(c => IsWide(c) && c != '—') || line.Contains(' ', StringComparison.Ordinal);

    private static IEnumerable<string> AsciiRuns(string word)
    {
        var start = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var ascii = i < word.Length && !IsWide(word[i]);
            if (ascii && start < 0) start = i;
            else if (!ascii && start >= 0)
            {
                yield return word[start..i];
                start = -1;
            }
        }
    }
}
