using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// Which cell formats (the <c>s</c> index of a cell) show a number as a date or time: Excel
/// stores 2024-01-01 as the number 45292, and only its format says it is a date. Built-in formats
/// 14–22 and 45–47, the East Asian date formats 27–36 and 50–58, and custom formats with a
/// y/m/d/h/s code outside quotes, brackets and escapes.
/// </summary>
internal static class StylesReader
{
    private const string Where = "样式表（styles.xml）";

    public static IReadOnlySet<int> DateStyles(WorkbookStylesPart? part)
    {
        var dates = new HashSet<int>();
        if (part is null) return dates;
        var custom = new Dictionary<int, bool>();
        using var reader = PartXml.Open(part, Where);
        var ns = reader.NamespaceURI;
        var inCellXfs = false;
        var xf = 0;
        while (PartXml.Next(reader, Where))
        {
            if (reader.NodeType == System.Xml.XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != System.Xml.XmlNodeType.Element || reader.NamespaceURI != ns) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when Id(reader) is { } id:
                    custom[id] = IsDateCode(reader.GetAttribute("formatCode") ?? string.Empty);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var format = Id(reader) ?? 0;
                    if (custom.TryGetValue(format, out var isDate) ? isDate : IsBuiltInDate(format)) dates.Add(xf);
                    xf++;
                    break;
            }
        }
        return dates;
    }

    private static int? Id(System.Xml.XmlReader reader) =>
        int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>True when a format code has a date or time code outside quoted text, [..] and \-escapes.</summary>
    internal static bool IsDateCode(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var q && q < 0 ? code.Length : q;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var b && b < 0 ? code.Length : b;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }
        return false;
    }
}
