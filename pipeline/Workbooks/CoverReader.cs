using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>封面 → <see cref="UnitInfo"/> and the workbook's default divisor to 万元.</summary>
internal static class CoverReader
{
    /// <exception cref="CoverFormatException">The cover's 公开格式 (or its year) has no usable format.</exception>
    public static (UnitInfo Unit, decimal Divisor) Read(CellReader cells, SheetReader? sheet, FormatLibrary formats)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.封面, WorkbookFields.Cover, AmountUnitLocator.Wan);
        var name = kv.Text(WorkbookFields.单位名称);
        var year = Year(cells, kv);
        var source = name.Source ?? new SourceRef(cells.FileName, SheetNames.封面, "A1");
        var requested = kv.Text(WorkbookFields.公开格式);
        ReportFormat format;
        try
        {
            format = formats.Resolve(year == 0 ? int.MaxValue : year, RequestedYear(requested));
        }
        catch (ReportFormatException ex)
        {
            throw new CoverFormatException(requested.Source ?? source, ex.Message, ex);
        }
        var unit = kv.Choice(Field(WorkbookFields.金额单位)) ?? "万元";
        var info = new UnitInfo
        {
            Name = name.Value,
            Year = year,
            Format = format,
            HasSubordinateUnits = kv.Choice(Field(WorkbookFields.单位类型)) == "部门",
            SelfReference = kv.Choice(Field(WorkbookFields.自称)) ?? "本单位",
            Nature = kv.Choice(Field(WorkbookFields.单位性质)) ?? string.Empty,
            AmountUnit = unit,
            Source = source,
        };
        return (info, AmountUnitLocator.FromName(unit));
    }

    /// <summary>The 公开格式 cell as a year: blank is none, anything but a four-digit year is refused.</summary>
    private static int? RequestedYear(TextValue cell)
    {
        var text = cell.Value.Trim();
        if (text.Length == 0) return null;
        if (text.Length == 4 && text.All(char.IsAsciiDigit)) return int.Parse(text, CultureInfo.InvariantCulture);
        throw new ReportFormatException($"封面“{WorkbookFields.公开格式}”填写了“{text}”，应填四位年度（如 2023）或留空。");
    }

    private static FieldSpec Field(string key) => WorkbookFields.Cover.First(f => f.Key == key);

    private static int Year(CellReader cells, KeyValueSheetReader kv)
    {
        if (!kv.IsFilled(WorkbookFields.年度)) return 0;
        var year = kv.Quantity(WorkbookFields.年度);
        if (year.Value is >= 2000 and <= 2100 && year.Value == decimal.Truncate(year.Value)) return (int)year.Value;
        if (year.Source is not null && year.Value != 0)
            cells.Add(ReadFindings.InvalidChoice(year.Source, WorkbookFields.年度, kv.Text(WorkbookFields.年度).Value, ["四位年份，如 2024"]));
        return 0;
    }
}

/// <summary>The cover names a format that cannot be used; the reader turns it into READ-28 at the cell.</summary>
internal sealed class CoverFormatException(SourceRef cell, string message, Exception inner) : Exception(message, inner)
{
    public SourceRef Cell { get; } = cell;
}
