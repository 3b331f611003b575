using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads typed values out of snapshot cells for one file and records a finding for every cell
/// that cannot be read. Amounts are divided by the divisor of their unit (10,000 for 元) exactly.
/// </summary>
internal sealed class CellReader(string fileName)
{
    private readonly List<Finding> _findings = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<Finding> Findings => _findings;

    public void Add(Finding finding) => _findings.Add(finding);

    /// <summary>
    /// The amount in 万元; an unreadable cell, or one beyond <see cref="CellValueParser.MaxAmount"/>
    /// once in 万元, is reported and counted as 0 with its source.
    /// </summary>
    public Amount Amount(SheetReader sheet, int row, int col, decimal divisor)
    {
        var value = Number(sheet, row, col, percent: false) / divisor;
        if (Math.Abs(value) <= CellValueParser.MaxAmount) return new(value, sheet.Ref(row, col));
        _findings.Add(ReadFindings.BadValue(sheet.Ref(row, col), sheet.Text(row, col), CellValueParser.ValueProblem.TooLarge));
        return new(0m, sheet.Ref(row, col));
    }

    public Quantity Quantity(SheetReader sheet, int row, int col) =>
        new(Number(sheet, row, col, percent: false), sheet.Ref(row, col));

    /// <summary>A rate such as “100.00%” as a fraction; null when blank (a formula never calculated is not blank).</summary>
    public Quantity? Rate(SheetReader sheet, int row, int col) =>
        sheet.IsBlank(row, col) && sheet.Raw(row, col) is not NoCachedValue ? null : new Quantity(Number(sheet, row, col, percent: true), sheet.Ref(row, col));

    public TextValue Text(SheetReader sheet, int row, int col) => new(sheet.Text(row, col), sheet.Ref(row, col));

    /// <summary>True when the cell holds a number or a number as text (not blank, not a dash).</summary>
    public static bool HasNumber(SheetReader sheet, int row, int col)
    {
        var parsed = CellValueParser.Parse(sheet.Raw(row, col));
        return parsed.IsValid && !parsed.IsBlank;
    }

    private decimal Number(SheetReader sheet, int row, int col, bool percent)
    {
        var raw = sheet.Raw(row, col);
        var parsed = percent ? CellValueParser.ParsePercent(raw) : CellValueParser.Parse(raw);
        if (parsed.IsValid) return parsed.Value;
        _findings.Add(ReadFindings.BadValue(sheet.Ref(row, col), sheet.Text(row, col), parsed.Problem));
        return 0m;
    }
}
