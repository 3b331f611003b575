using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// A key–value sheet (label in the 项目 column, value in the 内容 column, found by the header
/// `项目 | 内容`; else label in any column and value beside it). Labels are matched to the
/// <see cref="FieldSpec"/>s after normalising; missing or blank required fields and unknown labels are findings.
/// </summary>
internal sealed class KeyValueSheetReader
{
    private readonly CellReader _cells;
    private readonly SheetReader? _sheet;
    private readonly Dictionary<string, (int Row, int Col)> _values = [];

    private KeyValueSheetReader(CellReader cells, SheetReader? sheet, decimal divisor)
    {
        _cells = cells;
        _sheet = sheet;
        Divisor = divisor;
    }

    /// <summary>The divisor to 万元 for this sheet's amounts (a stated 金额单位 overrides the cover).</summary>
    public decimal Divisor { get; }

    public static KeyValueSheetReader Open(CellReader cells, SheetReader? sheet, string sheetName,
        IReadOnlyList<FieldSpec> fields, decimal coverDivisor)
    {
        if (sheet is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, sheetName));
            return new KeyValueSheetReader(cells, null, coverDivisor);
        }
        var (headerRow, labelCol, valueCol) = FindHeader(sheet);
        var reader = new KeyValueSheetReader(cells, sheet,
            AmountUnitLocator.Find(sheet, sheet.FirstRow, headerRow ?? sheet.FirstRow + 1) ?? coverDivisor);
        var byLabel = fields.ToDictionary(f => LabelNormalizer.Label(f.Key), f => f.Key);
        var rowsOf = new Dictionary<string, int>();
        for (var r = (headerRow ?? sheet.FirstRow - 1) + 1; r <= sheet.LastRow; r++)
        {
            var col = labelCol ?? Enumerable.Range(sheet.FirstColumn, sheet.LastColumn - sheet.FirstColumn + 1)
                .FirstOrDefault(c => !sheet.IsBlank(r, c));
            if (col == 0) continue;
            var text = sheet.Text(r, col);
            if (text.Length == 0) continue;
            if (!byLabel.TryGetValue(LabelNormalizer.Label(text), out var key))
            {
                if (headerRow is not null) cells.Add(ReadFindings.UnknownField(sheet.Ref(r, col), text));
                continue;
            }
            if (rowsOf.TryGetValue(key, out var firstRow))
            {
                cells.Add(ReadFindings.DuplicateRow(sheet.Ref(firstRow, col), sheet.Ref(r, col), key));
                continue;
            }
            rowsOf[key] = r;
            reader._values[key] = (r, valueCol ?? col + 1);
        }
        foreach (var field in fields.Where(f => f.Required))
            reader.CheckRequired(field, sheet);
        return reader;
    }

    private void CheckRequired(FieldSpec field, SheetReader sheet)
    {
        if (!_values.TryGetValue(field.Key, out var at))
            _cells.Add(ReadFindings.MissingField(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), field.Key));
        else if (sheet.IsBlank(at.Row, at.Col))
            _cells.Add(ReadFindings.MissingField(sheet.Ref(at.Row, at.Col), field.Key));
    }

    /// <summary>True when the field's row exists and its value cell is not blank.</summary>
    public bool IsFilled(string key) => _sheet is not null && _values.TryGetValue(key, out var at) && !_sheet.IsBlank(at.Row, at.Col);

    public Amount Amount(string key) =>
        _sheet is not null && _values.TryGetValue(key, out var at) ? _cells.Amount(_sheet, at.Row, at.Col, Divisor) : Model.Amount.Zero;

    /// <summary>Null when the row is absent or blank (optional splits such as 机关运行经费 行政/事业).</summary>
    public Amount? OptionalAmount(string key) => IsFilled(key) ? Amount(key) : null;

    public Quantity Quantity(string key) =>
        _sheet is not null && _values.TryGetValue(key, out var at) ? _cells.Quantity(_sheet, at.Row, at.Col) : Model.Quantity.Zero;

    public Quantity? OptionalQuantity(string key) => IsFilled(key) ? Quantity(key) : null;

    public TextValue Text(string key) =>
        _sheet is not null && _values.TryGetValue(key, out var at) ? _cells.Text(_sheet, at.Row, at.Col) : TextValue.Empty;

    /// <summary>The chosen value normalised to one of the choices, or null when blank or not a choice (reported).</summary>
    public string? Choice(FieldSpec field)
    {
        var text = Text(field.Key);
        if (text.IsBlank) return null;
        var value = LabelNormalizer.Normalize(text.Value);
        var match = field.Choices?.FirstOrDefault(c => LabelNormalizer.Normalize(c) == value);
        if (match is null) _cells.Add(ReadFindings.InvalidChoice(text.Source!, field.Key, text.Value, field.Choices ?? []));
        return match;
    }

    private static (int? Row, int? LabelCol, int? ValueCol) FindHeader(SheetReader sheet)
    {
        for (var r = sheet.FirstRow; r <= Math.Min(sheet.LastRow, sheet.FirstRow + 9); r++)
        {
            int? label = null, value = null;
            for (var c = sheet.FirstColumn; c <= sheet.LastColumn; c++)
            {
                var text = sheet.Label(r, c);
                if (text == "项目" && label is null) label = c;
                else if (text is "内容" or "填报内容" or "数值" && value is null) value = c;
            }
            if (label is not null && value is not null) return (r, label, value);
        }
        return (null, null, null);
    }
}
