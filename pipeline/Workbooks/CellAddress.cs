namespace JuneBudget.Workbooks;

/// <summary>
/// Parses A1 references (“B12”, “$AB$3”, ranges “A1:C2”) as stored in a worksheet's XML, over
/// spans so reading a cell allocates nothing beyond the attribute string itself.
/// </summary>
internal static class CellAddress
{
    /// <summary>Row and column (1-based) of a cell reference; false when it is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int row, out int col)
    {
        row = 0;
        col = 0;
        var i = 0;
        if (i < text.Length && text[i] == '$') i++;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            col = col * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (col > 16384) return false;
        }
        if (i < text.Length && text[i] == '$') i++;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            row = row * 10 + (text[i] - '0');
            if (row > 1048576) return false;
        }
        return i == text.Length && row > 0 && col > 0;
    }

    /// <summary>Top-left and bottom-right of a range “A1:C2”; a single cell is a range of one.</summary>
    public static bool TryParseRange(ReadOnlySpan<char> text, out (int Row, int Col) first, out (int Row, int Col) last)
    {
        first = last = default;
        var colon = text.IndexOf(':');
        var start = colon < 0 ? text : text[..colon];
        var end = colon < 0 ? text : text[(colon + 1)..];
        if (!TryParse(start, out var r1, out var c1) || !TryParse(end, out var r2, out var c2)) return false;
        first = (Math.Min(r1, r2), Math.Min(c1, c2));
        last = (Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}
