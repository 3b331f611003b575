using System.IO.Compression;
using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

/// <summary>What `init` writes: every sheet, header, label and key of the canonical layout.</summary>
public sealed class WorkbookWriterTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private XLWorkbook WriteBlank(int year = 2024) => BlankWorkbookFile.Write(_dir.Path, year);

    [Fact]
    public void ABlankWorkbookHasEverySheetInTheDocumentedOrder()
    {
        using var workbook = WriteBlank();
        string[] expected =
        [
            SheetNames.封面, SheetNames.主要职能, SheetNames.内设机构, SheetNames.决算单位构成, SheetNames.人员情况,
            "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表",
            SheetNames.预算数, SheetNames.上年数, SheetNames.三公统计, SheetNames.其他事项, SheetNames.预算绩效,
            SheetNames.绩效自评项目, SheetNames.绩效自评指标, SheetNames.主要原因,
        ];
        Assert.Equal(expected, workbook.Worksheets.Select(s => s.Name));
    }

    [Theory]
    [InlineData(2024, "公开07表", "政府性基金预算财政拨款收入支出决算表")]
    [InlineData(2024, "公开09表", "财政拨款“三公”经费支出决算表")]
    [InlineData(2023, "公开07表", "财政拨款“三公”经费支出决算表")]
    [InlineData(2023, "公开09表", "国有资本经营预算财政拨款收入支出决算表")]
    [InlineData(2021, "公开07表", "一般公共预算财政拨款“三公”经费支出决算表")]
    public void TablesCarryTheCodesAndTitlesOfTheFormatYear(int year, string sheet, string title)
    {
        using var workbook = WriteBlank(year);
        var table = workbook.Worksheet(sheet);
        Assert.Equal(title, table.Cell(1, 1).GetString());
        Assert.Equal("部门：测试单位", table.Cell(3, 1).GetString());
        Assert.Contains(table.Row(2).CellsUsed(), c => c.GetString() == sheet);
    }

    [Fact]
    public void EveryKeyValueSheetListsEveryFieldFromRowFour()
    {
        using var workbook = WriteBlank();
        (string Sheet, IReadOnlyList<FieldSpec> Fields)[] sheets =
        [
            (SheetNames.封面, WorkbookFields.Cover), (SheetNames.预算数, WorkbookFields.Budgets),
            (SheetNames.三公统计, WorkbookFields.ThreePublicStats), (SheetNames.其他事项, WorkbookFields.OtherMatters),
            (SheetNames.预算绩效, WorkbookFields.Performance),
        ];
        foreach (var (name, fields) in sheets)
        {
            var sheet = workbook.Worksheet(name);
            Assert.Equal(["项目", "内容", "填写说明"], [sheet.Cell(3, 1).GetString(), sheet.Cell(3, 2).GetString(), sheet.Cell(3, 3).GetString()]);
            Assert.False(sheet.Cell(2, 1).IsEmpty(), $"{name} 第2行应有填写说明");
            Assert.Equal(fields.Select(f => f.Key), fields.Select((_, i) => sheet.Cell(4 + i, 1).GetString()));
        }
    }

    [Fact]
    public void TheCoverIsFilledAndOtherFieldsAreLeftEmpty()
    {
        using var workbook = WriteBlank();
        var cover = workbook.Worksheet(SheetNames.封面);
        Assert.Equal(["测试单位", "2024", "2024", "单位", "本单位", "行政单位", "万元"],
            Enumerable.Range(4, 7).Select(r => cover.Cell(r, 2).GetString()));
        var budgets = workbook.Worksheet(SheetNames.预算数);
        Assert.True(budgets.Cell(4, 2).IsEmpty());
        Assert.Equal(CellWriter.MoneyFormat, budgets.Cell(4, 2).Style.NumberFormat.Format);
    }

    [Fact]
    public void ChoiceFieldsAndMemberNaturesHaveDropDownLists()
    {
        using var workbook = WriteBlank();
        var cover = workbook.Worksheet(SheetNames.封面);
        var choices = WorkbookFields.Cover.Select((f, i) => (f, Row: 4 + i)).Where(x => x.f.Kind == FieldKind.Choice).ToList();
        // 公开格式 is a year typed in, not a list: the formats are the folders of templates/公开说明.
        Assert.Equal(4, choices.Count);
        foreach (var (field, row) in choices)
        {
            var validation = cover.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(cover.Cell(row, 2))));
            Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
            Assert.Equal($"\"{string.Join(",", field.Choices!)}\"", validation.Value);
        }
        var members = workbook.Worksheet(SheetNames.决算单位构成);
        var nature = members.DataValidations.Single();
        Assert.Contains(nature.Ranges, r => r.Contains(members.Cell(4, 3)));
        Assert.Contains("参照公务员法管理事业单位", nature.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReasonSheetListsTheGenericKeysWithAnExplanation()
    {
        using var workbook = WriteBlank();
        var sheet = workbook.Worksheet(SheetNames.主要原因);
        var keys = FormatLibrary.Repository[2024].GenericReasonKeys;
        Assert.Equal(keys, keys.Select((_, i) => sheet.Cell(4 + i, 1).GetString()));
        Assert.All(keys.Select((_, i) => sheet.Cell(4 + i, 2).GetString()), text => Assert.False(string.IsNullOrEmpty(text)));
    }

    [Fact]
    public void SampleAmountsAreNumbersFormattedAsMoney()
    {
        var path = Path.Combine(_dir.Path, "sample.xlsx");
        WorkbookWriter.Write(Seed004Sample.Workbook2024(), path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("公开05表");
        Assert.Equal("合计", sheet.Cell(7, 1).GetString());
        Assert.Equal(7_138.31, sheet.Cell(7, 3).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(7, 3).DataType);
        Assert.Equal("#,##0.00", sheet.Cell(7, 3).Style.NumberFormat.Format);
        Assert.Equal("2060404", sheet.Cell(10, 1).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(10, 1).DataType);
    }

    [Fact]
    public void WritingTheSameModelTwiceGivesTheSameParts()
    {
        var first = Path.Combine(_dir.Path, "a.xlsx");
        var second = Path.Combine(_dir.Path, "b.xlsx");
        WorkbookWriter.Write(Seed004Sample.Workbook2024(), first);
        WorkbookWriter.Write(Seed004Sample.Workbook2024(), second);
        var parts = Parts(first);
        Assert.Contains("xl/worksheets/sheet1.xml", parts.Keys);
        Assert.Equal(parts, Parts(second));
    }

    private static Dictionary<string, string> Parts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        // Only the workbook parts: the package's core-properties part gets a random name on every save.
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
