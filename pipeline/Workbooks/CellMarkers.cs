using System.Globalization;

namespace JuneBudget.Workbooks;

/// <summary>A number Excel shows as a date (date number format, or a t="d" cell): never an amount.</summary>
internal sealed record ExcelDate(double Serial)
{
    /// <summary>The date as a person reads it: 2024-01-01 (with the time when there is one).</summary>
    public override string ToString()
    {
        if (!double.IsFinite(Serial) || Serial < -657435 || Serial > 2958465) return Serial.ToString("R", CultureInfo.InvariantCulture);
        var date = DateTime.FromOADate(Serial);
        return date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}

/// <summary>A formula's error value as Excel shows it (#REF!, #DIV/0! …).</summary>
internal sealed record CellError(string Code)
{
    public override string ToString() => Code;
}

/// <summary>
/// A formula with no value stored: the file was written by a program that does not calculate
/// (Excel always stores the last result). Reading it as blank would be a silent zero.
/// </summary>
internal sealed class NoCachedValue
{
    public static NoCachedValue Instance { get; } = new();

    private NoCachedValue() { }

    public override string ToString() => string.Empty;
}
