using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>The shared string table of a workbook, read once, forward-only, in index order.</summary>
internal static class SharedStringsReader
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part)
    {
        if (part is null) return [];
        var strings = new List<string>();
        using var reader = PartXml.Open(part);
        var ns = reader.NamespaceURI;
        while (reader.Read())
            if (PartXml.IsStart(reader, "si", ns))
                strings.Add(StringItemReader.Read(reader, ns));
        return strings;
    }
}
