using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads one worksheet part forward-only into a <see cref="SheetReader"/> snapshot: each cell's
/// value as stored (number as double, shared or inline string, boolean, error as its text; a
/// formula cell gives the value Excel last computed) and the merged ranges. Styles are ignored:
/// a number formatted as a date is still the number.
/// </summary>
internal static class WorksheetPartReader
{
    public static SheetReader Read(WorksheetPart part, string file, string name, IReadOnlyList<string> sharedStrings)
    {
        var values = new Dictionary<(int, int), object>();
        var merged = new Dictionary<(int, int), (int, int)>();
        int row = 0, col = 0;
        using var reader = PartXml.Open(part);
        var ns = reader.NamespaceURI;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ns) continue;
            switch (reader.LocalName)
            {
                case "row":
                    // Rows and cells may omit their reference; they then follow the previous one.
                    row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    col = 0;
                    break;
                case "c":
                    var cell = ReadCell(reader, ns, row, col + 1);
                    col = cell.Col;
                    if (cell.Value(sharedStrings) is { } value) values[(cell.Row, cell.Col)] = value;
                    break;
                case "mergeCell":
                    AddMerge(merged, reader.GetAttribute("ref"));
                    break;
            }
        }
        return new SheetReader(file, name, values, merged);
    }

    /// <summary>Reads a &lt;c&gt; element through its end tag.</summary>
    private static StoredCell ReadCell(XmlReader reader, string ns, int row, int nextCol)
    {
        var cell = new StoredCell { Row = row, Col = nextCol, Type = reader.GetAttribute("t") };
        if (reader.GetAttribute("r") is { } reference && CellAddress.TryParse(reference, out var r, out var c))
            (cell.Row, cell.Col) = (r, c);
        if (reader.IsEmptyElement) return cell;
        var depth = reader.Depth;
        while (reader.Read() && !PartXml.IsEnd(reader, depth))
        {
            if (PartXml.IsStart(reader, "v", ns)) cell.Stored = PartXml.Text(reader);
            else if (PartXml.IsStart(reader, "is", ns)) cell.Inline = StringItemReader.Read(reader, ns);
        }
        return cell;
    }

    private static void AddMerge(Dictionary<(int, int), (int, int)> merged, string? reference)
    {
        if (reference is null || !CellAddress.TryParseRange(reference, out var first, out var last)) return;
        for (var r = first.Row; r <= last.Row; r++)
            for (var c = first.Col; c <= last.Col; c++)
                if (r != first.Row || c != first.Col)
                    merged[(r, c)] = first;
    }

    /// <summary>What one &lt;c&gt; element holds.</summary>
    private struct StoredCell
    {
        public int Row;
        public int Col;
        public string? Type;
        public string? Stored;
        public string? Inline;

        /// <summary>The snapshot value; null for an empty cell (a formula without a cached value included).</summary>
        public readonly object? Value(IReadOnlyList<string> sharedStrings)
        {
            object? value = Type switch
            {
                "inlineStr" => Inline ?? Stored,
                "s" => string.IsNullOrWhiteSpace(Stored) ? null
                    : sharedStrings[int.Parse(Stored, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture)],
                "b" => Stored is null ? null : Stored.Trim() is "1" or "true",
                "str" or "e" or "d" => Stored,
                // A number that does not parse stays text, so the cell is reported where it is used.
                _ => string.IsNullOrWhiteSpace(Stored) ? null
                    : double.TryParse(Stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : Stored,
            };
            return value is string { Length: 0 } ? null : value;
        }
    }
}
