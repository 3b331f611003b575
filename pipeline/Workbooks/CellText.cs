using System.Text;

namespace JuneBudget.Workbooks;

/// <summary>
/// What the reader keeps of a cell's text: tab and line breaks (a line break stored as CR LF or
/// CR becomes LF); every other control character (C0 and C1, e.g. the vertical tab Excel stores
/// as _x000B_ when a line break is pasted from Word, or ESC) and every surrogate that is not part
/// of a pair is removed, so no writer, file name or console ever sees one.
/// </summary>
internal static class CellText
{
    /// <summary>The text cleaned, and how many characters were removed (0: the same instance back).</summary>
    public static (string Text, int Removed) Clean(string text)
    {
        var i = 0;
        while (i < text.Length && IsKept(text, i)) i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        if (i >= text.Length) return (text, 0);

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        var removed = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n') sb.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' || !(char.IsControl(c) || char.IsSurrogate(c)))
            {
                sb.Append(c);
            }
            else
            {
                removed++;
            }
        }
        return (sb.ToString(), removed);
    }

    private static bool IsKept(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n') return true;
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        return !char.IsControl(c) && !char.IsSurrogate(c);
    }
}
