using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// Opens an .xlsx or .xlsm package read-only with the Open XML SDK (only as a package: its parts
/// are read with <see cref="PartXml"/>; macros are never run, nothing is) and snapshots every
/// worksheet in the workbook's sheet order (chart and dialog sheets have no cells and are left
/// out). Throws for a damaged package and <see cref="WorkbookLimitException"/> beyond the
/// reader's limits; <see cref="WorkbookReader"/> turns both into a finding.
/// </summary>
internal static class WorkbookPackage
{
    private const string Where = "工作簿结构（workbook.xml）";

    private static readonly string[] RelationshipNamespaces =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ];

    /// <summary>The worksheets, or only those whose name <paramref name="wanted"/> accepts (the others are never unpacked).</summary>
    public static List<SheetReader> ReadSheets(Stream stream, ContentGuard guard, Func<string, bool>? wanted = null)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var sharedStrings = SharedStringsReader.Read(workbookPart.SharedStringTablePart);
        var dateStyles = StylesReader.DateStyles(workbookPart.WorkbookStylesPart);
        var sheets = new List<SheetReader>();
        foreach (var (name, id) in SheetList(workbookPart))
        {
            if (wanted is not null && !wanted(name)) continue;
            if (!workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet) continue;
            sheets.Add(WorksheetPartReader.Read(worksheet, new SheetBuilder(guard, name), sharedStrings, dateStyles));
        }
        return sheets;
    }

    /// <summary>Name and relationship id of each &lt;sheet&gt; in workbook.xml, in order.</summary>
    private static List<(string Name, string Id)> SheetList(WorkbookPart workbookPart)
    {
        var list = new List<(string, string)>();
        using var reader = PartXml.Open(workbookPart, Where);
        var ns = reader.NamespaceURI;
        while (PartXml.Next(reader, Where))
        {
            if (!PartXml.IsStart(reader, "sheet", ns)) continue;
            var id = RelationshipNamespaces.Select(r => reader.GetAttribute("id", r)).FirstOrDefault(v => v is not null);
            if (id is not null) list.Add((CellText.Clean(reader.GetAttribute("name") ?? string.Empty).Text, id));
        }
        return list;
    }
}
