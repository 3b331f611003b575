using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads one worksheet part forward-only into a <see cref="SheetBuilder"/>: each cell's value as
/// stored (number as double, shared or inline string, boolean, a formula's last computed value)
/// and the merged ranges. Of the styles only one thing matters: a number shown as a date is an
/// <see cref="ExcelDate"/>, never an amount. A formula without a stored value is
/// <see cref="NoCachedValue"/> and an error value a <see cref="CellError"/>, not a blank.
/// </summary>
internal static class WorksheetPartReader
{
    public static SheetReader Read(WorksheetPart part, SheetBuilder sheet, IReadOnlyList<string> sharedStrings, IReadOnlySet<int> dateStyles)
    {
        var where = $"工作表“{sheet.Name}”";
        int row = 0, col = 0;
        using var reader = PartXml.Open(part, where);
        var ns = reader.NamespaceURI;
        while (PartXml.Next(reader, where))
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
                    var cell = ReadCell(reader, ns, row, col + 1, where);
                    col = cell.Col;
                    sheet.Add(cell.Row, cell.Col, cell.Value(sharedStrings, dateStyles, where));
                    break;
                case "mergeCell":
                    if (reader.GetAttribute("ref") is { } range && CellAddress.TryParseRange(range, out var first, out var last))
                        sheet.AddMerge(first, last);
                    break;
            }
        }
        return sheet.Build();
    }

    /// <summary>Reads a &lt;c&gt; element through its end tag.</summary>
    private static StoredCell ReadCell(XmlReader reader, string ns, int row, int nextCol, string where)
    {
        var cell = new StoredCell
        {
            Row = row,
            Col = nextCol,
            Type = reader.GetAttribute("t"),
            Style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0,
        };
        if (reader.GetAttribute("r") is { } reference && CellAddress.TryParse(reference, out var r, out var c))
            (cell.Row, cell.Col) = (r, c);
        if (reader.IsEmptyElement) return cell;
        var depth = reader.Depth;
        while (PartXml.Next(reader, where) && !PartXml.IsEnd(reader, depth))
        {
            if (PartXml.IsStart(reader, "v", ns)) cell.Stored = PartXml.Text(reader, where, (cell.Row, cell.Col));
            else if (PartXml.IsStart(reader, "is", ns)) cell.Inline = StringItemReader.Read(reader, ns, where, (cell.Row, cell.Col));
            else if (PartXml.IsStart(reader, "f", ns)) cell.HasFormula = true;
        }
        return cell;
    }

    /// <summary>What one &lt;c&gt; element holds.</summary>
    private struct StoredCell
    {
        public int Row;
        public int Col;
        public string? Type;
        public int Style;
        public string? Stored;
        public string? Inline;
        public bool HasFormula;

        /// <summary>The snapshot value; null for an empty cell.</summary>
        public readonly object? Value(IReadOnlyList<string> sharedStrings, IReadOnlySet<int> dateStyles, string where)
        {
            // Excel always stores a formula's last result; a formula without one was never calculated.
            if (HasFormula && Stored is null && Inline is null) return NoCachedValue.Instance;
            return Type switch
            {
                "inlineStr" => Inline ?? Stored,
                "s" => string.IsNullOrWhiteSpace(Stored) ? null : Shared(sharedStrings, Stored, where),
                "b" => Stored is null ? null : Stored.Trim() is "1" or "true",
                "e" => Stored is null ? null : new CellError(Stored.Trim()),
                "d" => Stored is null ? null
                    : DateTime.TryParse(Stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? new ExcelDate(date.ToOADate()) : Stored,
                "str" => Stored,
                // A number that does not parse stays text, so the cell is reported where it is used.
                _ => string.IsNullOrWhiteSpace(Stored) ? null
                    : double.TryParse(Stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                        ? dateStyles.Contains(Style) ? new ExcelDate(d) : d
                        : Stored,
            };
        }

        private static string Shared(IReadOnlyList<string> sharedStrings, string stored, string where) =>
            int.TryParse(stored, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < sharedStrings.Count
                ? sharedStrings[index]
                : throw new InvalidDataException($"{where}：共享字符串编号 {stored} 不存在");
    }
}
