using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// The shared string table of a workbook, read once, forward-only, in index order. Texts are
/// raw here: each is cleaned where a cell uses it, so the finding can name the cell.
/// </summary>
internal static class SharedStringsReader
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part)
    {
        if (part is null) return [];
        const string where = "共享字符串表（sharedStrings.xml）";
        var strings = new List<string>();
        long characters = 0;
        using var reader = PartXml.Open(part, where);
        var ns = reader.NamespaceURI;
        while (PartXml.Next(reader, where))
        {
            if (!PartXml.IsStart(reader, "si", ns)) continue;
            var text = StringItemReader.Read(reader, ns, where);
            characters += text.Length;
            if (characters > ReaderLimits.MaxTextCharacters)
                throw new WorkbookLimitException($"{where}：文字超过 {ReaderLimits.MaxTextCharacters:N0} 个字符");
            strings.Add(text);
        }
        return strings;
    }
}
