using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Workbooks;

/// <summary>The public tables of a blank workbook are laid out as docs/workbook-format.md says.</summary>
public sealed class TableSheetWriterTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private XLWorkbook WriteBlank(int year = 2024) => BlankWorkbookFile.Write(_dir.Path, year);

    [Fact]
    public void SideBySideTablesListEveryIncomeRowAndTheTwentySixClasses()
    {
        using var workbook = WriteBlank();
        var sheet = workbook.Worksheet("公开01表");
        Assert.Equal("收入", sheet.Cell(4, 1).GetString());
        Assert.Equal("支出", sheet.Cell(4, 4).GetString());
        Assert.Equal(["项目", "行次", "金额", "项目", "行次", "金额"], Enumerable.Range(1, 6).Select(c => sheet.Cell(5, c).GetString()));
        Assert.Equal("一、一般公共预算财政拨款收入", sheet.Cell(7, 1).GetString());
        Assert.Equal("八、其他收入", sheet.Cell(14, 1).GetString());
        Assert.Equal("一、一般公共服务支出", sheet.Cell(7, 4).GetString());
        Assert.Equal("二十六、抗疫特别国债安排的支出", sheet.Cell(32, 4).GetString());
        Assert.Equal(["本年收入合计", "本年支出合计"], [sheet.Cell(33, 1).GetString(), sheet.Cell(33, 4).GetString()]);
        Assert.Equal(["总计", "总计"], [sheet.Cell(36, 1).GetString(), sheet.Cell(36, 4).GetString()]);
        var fiscal = workbook.Worksheet("公开04表");
        Assert.Equal("年初财政拨款结转和结余", fiscal.Cell(34, 1).GetString());
        Assert.Equal("三、国有资本经营预算财政拨款", fiscal.Cell(37, 1).GetString());
        Assert.Equal(["总计", "总计"], [fiscal.Cell(38, 1).GetString(), fiscal.Cell(38, 4).GetString()]);
        Assert.True(fiscal.Cell(37, 4).IsEmpty());
    }

    [Fact]
    public void CodedAndThreePublicTablesHaveTheirTwoRowHeaders()
    {
        using var workbook = WriteBlank();
        var general = workbook.Worksheet("公开05表");
        Assert.Equal(["项目", "本年支出"], [general.Cell(4, 1).GetString(), general.Cell(4, 3).GetString()]);
        Assert.Equal(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], Enumerable.Range(1, 5).Select(c => general.Cell(5, c).GetString()));
        Assert.Equal(["栏次", "合计"], [general.Cell(6, 1).GetString(), general.Cell(7, 1).GetString()]);
        var three = workbook.Worksheet("公开09表");
        Assert.Equal(["预算数", "决算数"], [three.Cell(4, 1).GetString(), three.Cell(4, 7).GetString()]);
        Assert.Equal("公务用车购置及运行费", three.Cell(5, 9).GetString());
        Assert.Equal(["小计", "公务用车购置费", "公务用车运行费"], Enumerable.Range(9, 3).Select(c => three.Cell(6, c).GetString()));
        Assert.True(three.Cell(5, 1).IsMerged());
    }

    [Fact]
    public void TheEconomicTableListsEveryStandardSectionUnderItsHalf()
    {
        using var workbook = WriteBlank();
        var sheet = workbook.Worksheet("公开06表");
        var left = sheet.Column(1).CellsUsed().Select(c => c.GetString()).Where(s => s.Length is 3 or 5 && s.All(char.IsDigit)).ToList();
        var right = sheet.Column(4).CellsUsed().Select(c => c.GetString()).Where(s => s.Length is 3 or 5 && s.All(char.IsDigit)).ToList();
        Assert.Equal(EconomicClasses.All.Count, left.Count + right.Count);
        Assert.All(left, code => Assert.True(EconomicClasses.IsPersonnel(code)));
        Assert.DoesNotContain(right, EconomicClasses.IsPersonnel);
        Assert.Contains(sheet.Column(1).CellsUsed(), c => c.GetString() == "人员经费合计");
    }
}
