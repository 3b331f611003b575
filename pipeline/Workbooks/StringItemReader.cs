using System.Globalization;
using System.Text;
using System.Xml;

namespace JuneBudget.Workbooks;

/// <summary>
/// The text of a shared string item (<c>&lt;si&gt;</c>) or an inline string (<c>&lt;is&gt;</c>):
/// plain text, or the runs of rich text concatenated; phonetic guides (<c>&lt;rPh&gt;</c>) are
/// not part of the value. Excel's escapes for control characters (“_x000D_”) are decoded.
/// </summary>
internal static class StringItemReader
{
    /// <summary>Reads from the item's start tag; leaves the reader on its end tag.</summary>
    public static string Read(XmlReader reader, string ns, string where, (int Row, int Col)? cell = null)
    {
        if (reader.IsEmptyElement) return string.Empty;
        var depth = reader.Depth;
        var phoneticDepth = -1;
        string? single = null;
        StringBuilder? many = null;
        while (PartXml.Next(reader, where) && !PartXml.IsEnd(reader, depth))
        {
            if (phoneticDepth >= 0)
            {
                if (PartXml.IsEnd(reader, phoneticDepth)) phoneticDepth = -1;
            }
            else if (PartXml.IsStart(reader, "rPh", ns))
            {
                if (!reader.IsEmptyElement) phoneticDepth = reader.Depth;
            }
            else if (PartXml.IsStart(reader, "t", ns))
            {
                var text = PartXml.Text(reader, where, cell);
                if (single is null) single = text;
                else (many ??= new StringBuilder(single)).Append(text);
            }
        }
        return Decode(many?.ToString() ?? single ?? string.Empty);
    }

    /// <summary>Decodes “_xHHHH_” escapes; “_x005F_” is a literal underscore, so “_x005F_x000D_” stays text.</summary>
    internal static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (at >= 0)
        {
            sb.Append(text, i, at - i);
            if (at + 7 <= text.Length && text[at + 6] == '_' && ushort.TryParse(text.AsSpan(at + 2, 4),
                    NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i = at + 7;
            }
            else
            {
                sb.Append(text, at, 2);
                i = at + 2;
            }
            at = text.IndexOf("_x", i, StringComparison.Ordinal);
        }
        return sb.Append(text, i, text.Length - i).ToString();
    }
}
