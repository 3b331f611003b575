using ClosedXML.Excel;
using JuneBudget.Cli;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Formats;

/// <summary>`init --year Y` writes the table order of Y's format, and what it writes reads back in that format.</summary>
public sealed class InitByYearTests
{
    [Theory]
    [InlineData(2021, "公开07表")]
    [InlineData(2022, "公开07表")]
    [InlineData(2023, "公开07表")]
    [InlineData(2024, "公开09表")]
    public void InitWritesTheYearsTableOrderAndItReadsBack(int year, string threePublicSheet)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, $"blank{year}.xlsx");
        Assert.Equal(ExitCodes.Ok, JuneBudget.Cli.CommandLine.Run(["init", "--unit", "乌鲁木齐市某局", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", path]));

        var format = FormatLibrary.Repository[year];
        using (var workbook = new XLWorkbook(path))
        {
            var tableSheets = workbook.Worksheets.Select(s => s.Name).Where(n => n.StartsWith("公开", StringComparison.Ordinal)).ToList();
            Assert.Equal(format.TablesInOrder.Select(format.Code), tableSheets);
            Assert.Equal(format.Title(TableKind.ThreePublic), workbook.Worksheet(threePublicSheet).Cell(1, 1).GetString());
            var reasons = workbook.Worksheet(SheetNames.主要原因);
            Assert.Equal(format.GenericReasonKeys, format.GenericReasonKeys.Select((_, i) => reasons.Cell(4 + i, 1).GetString()));
        }

        var read = WorkbookReader.Read(path);
        Assert.Equal(year, read.Workbook!.Unit.Format.Year);
        Assert.All(TableCatalog.All, kind => Assert.True(read.Workbook.Tables[kind].Present, kind.ToString()));
        Assert.Equal(threePublicSheet, read.Workbook.Tables[TableKind.ThreePublic].Location!.Sheet);
        Assert.All(read.Findings, f => Assert.Equal("READ-13", f.RuleId));
    }

    [Fact]
    public void InitRefusesAYearBeforeEveryFormatAndWritesNothing()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "blank2019.xlsx");
        Assert.Equal(ExitCodes.Failure, JuneBudget.Cli.CommandLine.Run(["init", "--unit", "某局", "--year", "2019", "--out", path]));
        Assert.False(File.Exists(path));
    }
}
