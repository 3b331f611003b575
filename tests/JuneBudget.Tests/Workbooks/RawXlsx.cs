using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// Writes a minimal .xlsx from hand-written SpreadsheetML, for what ClosedXML never writes itself:
/// rich-text and inline strings, formulas with cached values, error cells, cells without an “r”.
/// A sheet is given as the XML inside &lt;worksheet&gt;; shared strings as the &lt;si&gt; items.
/// </summary>
internal static class RawXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static string Write(string path, IReadOnlyList<(string Name, string Body)> sheets, string? sharedStrings = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        var book = new StringBuilder($"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>");
        var rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets.Count; i++)
        {
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{sheets[i - 1].Name}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{Rel}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            Entry(zip, $"xl/worksheets/sheet{i}.xml", $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Rel}\">{sheets[i - 1].Body}</worksheet>");
        }
        if (sharedStrings is not null)
        {
            types.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdS\" Type=\"{Rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            Entry(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>");
        }
        Entry(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
        Entry(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + $"<Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry(zip, "xl/workbook.xml", book.Append("</sheets></workbook>").ToString());
        Entry(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
        return path;
    }

    private static void Entry(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
    }
}
