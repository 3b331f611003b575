using System.Globalization;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// An immutable snapshot of one worksheet: raw cell values (double, string, bool, and the
/// markers <see cref="ExcelDate"/>, <see cref="CellError"/>, <see cref="NoCachedValue"/>) and
/// merged ranges, built by <see cref="SheetBuilder"/>. Everything after opening works on
/// snapshots, so the workbook is read once and the table logic never sees the package.
/// Texts and labels are cached as they are asked for, so one snapshot serves one read on one thread.
/// </summary>
internal sealed class SheetReader
{
    private readonly Dictionary<(int Row, int Col), object> _values;
    private readonly Dictionary<(int Row, int Col), (int Row, int Col)> _mergedTopLeft;

    // Table locators ask for the same cells' text and labels many times; formatting a number and
    // normalising a label are worth doing once per cell. Filled lazily, keyed by the cell that
    // holds the value (the top-left of a merged range).
    private readonly Dictionary<(int Row, int Col), string> _texts = [];
    private readonly Dictionary<(int Row, int Col), string> _labels = [];

    internal SheetReader(string file, string name, Dictionary<(int, int), object> values,
        Dictionary<(int, int), (int, int)> mergedTopLeft)
    {
        File = file;
        Name = name;
        _values = values;
        _mergedTopLeft = mergedTopLeft;
        if (values.Count == 0) return;
        FirstRow = values.Keys.Min(k => k.Item1);
        LastRow = values.Keys.Max(k => k.Item1);
        FirstColumn = values.Keys.Min(k => k.Item2);
        LastColumn = values.Keys.Max(k => k.Item2);
    }

    public string File { get; }
    public string Name { get; }
    public int FirstRow { get; } = 1;
    public int LastRow { get; }
    public int FirstColumn { get; } = 1;
    public int LastColumn { get; }
    public bool IsEmpty => _values.Count == 0;

    /// <summary>The raw value of the cell itself (not of its merged range): amounts are never spread.</summary>
    public object? Raw(int row, int col) => _values.GetValueOrDefault((row, col));

    /// <summary>The cell's text; a cell inside a merged range shows the range's text (headers, labels).</summary>
    public string Text(int row, int col)
    {
        var key = Holder(row, col);
        if (!_values.TryGetValue(key, out var value)) return string.Empty;
        if (value is string s) return s.Trim();
        if (!_texts.TryGetValue(key, out var text)) _texts[key] = text = Format(value).Trim();
        return text;
    }

    /// <summary>Normalised label of a cell (numbering stripped).</summary>
    public string Label(int row, int col)
    {
        var key = Holder(row, col);
        if (!_labels.TryGetValue(key, out var label)) _labels[key] = label = LabelNormalizer.Label(Text(row, col));
        return label;
    }

    /// <summary>True for no value, white space, and a formula never calculated (its cell's reader reports that).</summary>
    public bool IsBlank(int row, int col) =>
        !_values.TryGetValue(Holder(row, col), out var value) || value is string s && string.IsNullOrWhiteSpace(s) || value is NoCachedValue;

    public bool IsRowBlank(int row)
    {
        for (var c = FirstColumn; c <= LastColumn; c++)
            if (!IsBlank(row, c)) return false;
        return true;
    }

    public SourceRef Ref(int row, int col) => new(File, Name, Address(row, col));

    public static string Address(int row, int col)
    {
        var letters = string.Empty;
        for (var n = col; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The cell whose value a cell shows: itself, or the top-left of its merged range.</summary>
    private (int, int) Holder(int row, int col) =>
        _mergedTopLeft.TryGetValue((row, col), out var topLeft) ? topLeft : (row, col);

    private static string Format(object value) => value switch
    {
        string s => s,
        double d when CellValueParser.FromDouble(d) is { IsValid: true } parsed => parsed.Value.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
