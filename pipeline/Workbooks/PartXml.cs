using System.Buffers;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// Plain <see cref="XmlReader"/> access to a package part. The SDK's OpenXmlReader builds an
/// element object for every node: scanning the sample workbook's parts took 6.7 ms with it and
/// 2.0 ms without (opening the package included), and the reader needs only a handful of
/// element names and attributes. The SDK's DOM (<c>workbookPart.Workbook</c>) is never loaded:
/// it recurses per element, and 40,000 nested elements overflowed the stack and killed the
/// process. Every part is read under <see cref="ReaderLimits"/>: unpacked size, nesting depth,
/// text length.
/// </summary>
internal static class PartXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,
    };

    /// <summary>
    /// A reader positioned on the part's root element (its namespace is the one to match);
    /// <paramref name="where"/> names the part in messages (工作表“…”).
    /// </summary>
    public static XmlReader Open(OpenXmlPart part, string where)
    {
        var stream = new BoundedStream(part.GetStream(FileMode.Open, FileAccess.Read), ReaderLimits.MaxPartBytes, where);
        var reader = XmlReader.Create(stream, Settings);
        reader.MoveToContent();
        return reader;
    }

    /// <summary><see cref="XmlReader.Read"/> that refuses elements nested deeper than <see cref="ReaderLimits.MaxXmlDepth"/>.</summary>
    public static bool Next(XmlReader reader, string where)
    {
        if (!reader.Read()) return false;
        if (reader.Depth > ReaderLimits.MaxXmlDepth)
            throw new WorkbookLimitException($"{where}：XML 嵌套超过 {ReaderLimits.MaxXmlDepth} 层，不是正常的工作簿内容");
        return true;
    }

    /// <summary>True when the reader is on a start tag named <paramref name="localName"/> in <paramref name="ns"/>.</summary>
    public static bool IsStart(XmlReader reader, string localName, string ns) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == ns;

    /// <summary>True when the reader is on the end of the element that started at <paramref name="depth"/>.</summary>
    public static bool IsEnd(XmlReader reader, int depth) =>
        reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;

    /// <summary>
    /// The text of a leaf element such as &lt;v&gt; or &lt;t&gt;; leaves the reader on its end tag.
    /// Read in chunks and refused past 8 × <see cref="ReaderLimits.MaxCellText"/> characters (room
    /// for Excel's 7-character _xHHHH_ escapes), so a 300 MB cell is never held in memory.
    /// </summary>
    /// <param name="reader">On the element's start tag.</param>
    /// <param name="where">The part, for messages.</param>
    /// <param name="cell">The cell the text belongs to, named in the message when it is too long.</param>
    public static string Text(XmlReader reader, string where, (int Row, int Col)? cell = null)
    {
        if (reader.IsEmptyElement) return string.Empty;
        var depth = reader.Depth;
        string? single = null;
        StringBuilder? many = null;
        char[]? buffer = null;
        try
        {
            while (Next(reader, where) && !IsEnd(reader, depth))
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                    continue;
                if (!reader.CanReadValueChunk)
                {
                    Append(reader.Value);
                    continue;
                }
                // Pooled: a fresh buffer per <v> cost 30 MB on the sample workbook.
                buffer ??= ArrayPool<char>.Shared.Rent(4096);
                int n;
                while ((n = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                    Append(new string(buffer, 0, n));
            }
        }
        finally
        {
            if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
        }
        return many?.ToString() ?? single ?? string.Empty;

        void Append(string text)
        {
            if (single is null && many is null) single = text;
            else (many ??= new StringBuilder(single)).Append(text);
            if ((many?.Length ?? single!.Length) > 8 * ReaderLimits.MaxCellText)
                throw new WorkbookLimitException($"{where}{(cell is { } c ? "单元格 " + SheetReader.Address(c.Row, c.Col) : string.Empty)}：文字超过 {ReaderLimits.MaxCellText:N0} 个字符（Excel 单元格的上限），不是 Excel 保存的工作簿");
        }
    }
}
