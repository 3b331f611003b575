using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Edits the XML of an .xlsx the way a hostile or careless file would have it: a cell replaced
/// by hand-written SpreadsheetML, a merged range or row added, a part replaced. Sheets are
/// found by name (workbook.xml → its relationship), so any workbook WorkbookWriter wrote works.
/// </summary>
internal static partial class XlsxSurgery
{
    /// <summary>Replaces cell <paramref name="address"/> of <paramref name="sheet"/> with a cell whose
    /// content is <paramref name="inner"/> (e.g. <c>&lt;f&gt;SUM(A1)&lt;/f&gt;</c>) and attributes <paramref name="attributes"/>.</summary>
    public static void SetCell(string path, string sheet, string address, string attributes, string inner) =>
        EditSheet(path, sheet, (xml, p) =>
        {
            var cell = $"<{p}c r=\"{address}\" {attributes}>{Prefixed(inner, p)}</{p}c>";
            var pattern = new Regex($"<{p}c r=\"{address}\"(?:[^>]*?/>|[^>]*?>.*?</{p}c>)", RegexOptions.Singleline);
            return pattern.IsMatch(xml) ? pattern.Replace(xml, cell, 1) : throw new InvalidOperationException($"no cell {address} in {sheet}");
        });

    /// <summary>An inline-string cell holding <paramref name="text"/> as Excel escapes it (_xHHHH_ for control characters).</summary>
    public static void SetText(string path, string sheet, string address, string excelEscapedText) =>
        SetCell(path, sheet, address, "t=\"inlineStr\"", $"<is><t xml:space=\"preserve\">{excelEscapedText}</t></is>");

    public static void AddMerge(string path, string sheet, string range) =>
        EditSheet(path, sheet, (xml, p) => xml.Contains($"</{p}mergeCells>", StringComparison.Ordinal)
            ? xml.Replace($"</{p}mergeCells>", $"<{p}mergeCell ref=\"{range}\"/></{p}mergeCells>", StringComparison.Ordinal)
            : xml.Replace($"</{p}sheetData>", $"</{p}sheetData><{p}mergeCells count=\"1\"><{p}mergeCell ref=\"{range}\"/></{p}mergeCells>", StringComparison.Ordinal));

    /// <summary>Adds rows (written by <paramref name="rows"/> without prefix) at the end of the sheet's data.</summary>
    public static void AddRows(string path, string sheet, Action<StringBuilder> rows) =>
        EditSheet(path, sheet, (xml, p) =>
        {
            var text = new StringBuilder();
            rows(text);
            var at = xml.LastIndexOf($"</{p}sheetData>", StringComparison.Ordinal);
            return xml[..at] + Prefixed(text.ToString(), p) + xml[at..];
        });

    /// <summary>Adds a cell format showing numbers with built-in format <paramref name="numFmtId"/>; returns its index.</summary>
    public static int AddCellFormat(string path, int numFmtId)
    {
        var index = 0;
        EditPart(path, "xl/styles.xml", xml =>
        {
            var p = Prefix(xml);
            var start = xml.IndexOf($"<{p}cellXfs", StringComparison.Ordinal);
            var end = xml.IndexOf($"</{p}cellXfs>", start, StringComparison.Ordinal);
            index = Regex.Count(xml[start..end], $"<{p}xf[ >/]");
            return xml[..end] + $"<{p}xf numFmtId=\"{numFmtId}\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyNumberFormat=\"1\"/>" + xml[end..];
        });
        return index;
    }

    public static void EditPart(string path, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"no part {part}");
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(edit(xml));
    }

    /// <summary>Replaces (or adds) a part with raw content written by <paramref name="write"/>.</summary>
    public static void WritePart(string path, string part, Action<Stream> write)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(part)?.Delete();
        using var stream = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
        write(stream);
    }

    /// <summary>The part name (xl/worksheets/sheetN.xml) of the sheet called <paramref name="sheet"/>.</summary>
    public static string SheetPart(string path, string sheet)
    {
        using var zip = ZipFile.OpenRead(path);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var book = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var id = book.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == sheet).Attribute(rel + "id")!.Value;
        var rels = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open());
        var target = rels.Descendants(pkg + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static void EditSheet(string path, string sheet, Func<string, string, string> edit) =>
        EditPart(path, SheetPart(path, sheet), xml => edit(xml, Prefix(xml)));

    /// <summary>The prefix the part's root uses for the main namespace (ClosedXML writes x:).</summary>
    private static string Prefix(string xml) => RootPrefix().Match(xml) is { Success: true } m ? m.Groups[1].Value : string.Empty;

    private static string Prefixed(string xml, string prefix) =>
        prefix.Length == 0 ? xml : ElementName().Replace(xml, m => m.Groups[1].Value + prefix);

    [GeneratedRegex(@"<(\w+:)?(?:worksheet|styleSheet|workbook)\b")]
    private static partial Regex RootPrefix();

    [GeneratedRegex(@"(</?)(?=[a-zA-Z])")]
    private static partial Regex ElementName();
}
