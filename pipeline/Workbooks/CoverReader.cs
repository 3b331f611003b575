using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>封面 → <see cref="UnitInfo"/> and the workbook's default divisor to 万元.</summary>
internal static class CoverReader
{
    public static (UnitInfo Unit, decimal Divisor) Read(CellReader cells, SheetReader? sheet)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.封面, WorkbookFields.Cover, AmountUnitLocator.Wan);
        var name = kv.Text(WorkbookFields.单位名称);
        var year = Year(cells, kv);
        var format = kv.Choice(Field(WorkbookFields.公开格式)) is { } f
            ? (ReportFormat)int.Parse(f, CultureInfo.InvariantCulture)
            : ReportFormats.ForYear(year);
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
            Source = name.Source ?? new SourceRef(cells.FileName, SheetNames.封面, "A1"),
        };
        return (info, AmountUnitLocator.FromName(unit));
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
