using JuneBudget.Format;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Markdown;

public sealed class StatutoryTableGridsTests
{
    private static GridTable Grid(string id, ReportFormat? format = null) =>
        Tables(GridModels.Workbook(format)).Single(g => g.Id == id);

    // The 部门 and 金额单位 lines come from templates/文字/.
    private static IReadOnlyList<GridTable> Tables(BudgetWorkbook workbook) =>
        StatutoryTableGrids.Build(workbook, RepoTemplates.GridWords(workbook));

    private static IReadOnlyList<string> Texts(IReadOnlyList<GridCell> row) => [.. row.Select(c => c.Text)];

    [Fact]
    public void TheNineTablesComeInThePublishedOrderOfTheFormatWithWellFormedGrids()
    {
        var grids = Tables(GridModels.Workbook());
        Assert.Equal(["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09"], grids.Select(g => g.Id));
        Assert.Equal("政府性基金预算财政拨款收入支出决算表", grids[6].Title);
        Assert.Equal("财政拨款“三公”经费支出决算表", grids[8].Title);
        Assert.All(grids, g => GridGeometry.Place(g));
        Assert.All(grids, g => Assert.Equal(("部门：乌鲁木齐市测试局", "金额单位：万元"), (g.UnitLine, g.AmountUnitLine)));
        Assert.Equal("公开07表", grids[6].Code);
    }

    [Fact]
    public void Before2024ThreePublicIsTable07AndStateCapitalIsTable09()
    {
        var grids = Tables(GridModels.Workbook(FormatLibrary.Repository[2023]));
        Assert.Equal(("T07", "公开07表"), (grids[6].Id, grids[6].Code));
        Assert.Equal("财政拨款“三公”经费支出决算表", grids[6].Title);
        Assert.Equal("国有资本经营预算财政拨款收入支出决算表", grids[8].Title);
    }

    [Fact]
    public void Table01PutsIncomeBesideTheTwentySixClassesWithTotalsOnTheLastRow()
    {
        var grid = Grid("T01");
        Assert.True(grid.Landscape);
        Assert.Equal(3, grid.HeaderRowCount);
        Assert.Equal([("收入", 3), ("支出", 3)], grid.Rows[0].Select(c => (c.Text, c.ColSpan)));
        Assert.Equal(["栏次", "", "1", "栏次", "", "2"], Texts(grid.Rows[2]));
        Assert.Equal(3 + 26 + 4, grid.Rows.Count);
        Assert.Equal(["一、一般公共预算财政拨款收入", "1", "7,138.31", "一、一般公共服务支出", "31", "6,000.00"], Texts(grid.Rows[3]));
        Assert.Equal(new SourceRef(GridModels.File, "公开01表", "C7"), grid.Rows[3][2].Source);
        Assert.Equal(CellAlign.Right, grid.Rows[3][2].Align);
        Assert.Equal(["", "9", "", "九、卫生健康支出", "39", ""], Texts(grid.Rows[11]));
        Assert.Equal(["总计", "30", "7,138.31", "总计", "60", "7,138.31"], Texts(grid.Rows[^1]));
        Assert.Equal(["本年收入合计", "27", "", "本年支出合计", "57", ""], Texts(grid.Rows[^4]));
    }

    [Fact]
    public void Table04KeepsTheThreeOpeningBalanceRowsOnTheLeftAndBothTotalsOnTheLastRow()
    {
        var grid = Grid("T04");
        Assert.Equal([("收入", 3), ("支出", 6)], grid.Rows[0].Select(c => (c.Text, c.ColSpan)));
        Assert.Equal(["一、一般公共预算财政拨款", "", "三、国有资本经营预算财政拨款", "总计"],
            new[] { grid.Rows[^4][0].Text, grid.Rows[^4][3].Text, grid.Rows[^2][0].Text, grid.Rows[^1][3].Text });
        Assert.Equal("总计", grid.Rows[^1][0].Text);
    }

    [Fact]
    public void CodedTablesHaveTwoHeaderRowsUnderProjectThenTheTotalRowAndTheCodedRowsInOrder()
    {
        var grid = Grid("T02");
        Assert.Equal([("项目", 2, 1), ("本年收入合计", 1, 2), ("财政拨款收入", 1, 2)], grid.Rows[0].Take(3).Select(c => (c.Text, c.ColSpan, c.RowSpan)));
        Assert.Equal(["科目编码", "科目名称"], Texts(grid.Rows[1]));
        Assert.Equal(["合计", "1,234.50", "1,234.50", "", "", "", "", ""], Texts(grid.Rows[3]));
        Assert.Equal(["215", "21505", "2150501"], grid.Rows.Skip(4).Select(r => r[0].Text));
        Assert.Equal("行政运行", grid.Rows[^1][1].Text);
    }

    [Fact]
    public void Table05SpansThisYearsExpenditureOverItsThreeColumns()
    {
        var grid = Grid("T05");
        Assert.Equal([("项目", 2, 1), ("本年支出", 3, 1)], grid.Rows[0].Select(c => (c.Text, c.ColSpan, c.RowSpan)));
        Assert.Equal(["科目编码", "科目名称", "合计", "基本支出", "项目支出"], Texts(grid.Rows[1]));
        Assert.False(grid.Landscape);
    }

    [Fact]
    public void Table06SplitsPersonnelAndPublicCostsAndEndsWithTheirTotals()
    {
        var grid = Grid("T06");
        Assert.Equal(["301", "工资福利支出", "900.00", "302", "商品和服务支出", "100.00"], Texts(grid.Rows[2]));
        Assert.Equal(["30101", "基本工资", "900.00", "", "", ""], Texts(grid.Rows[3]));
        Assert.Equal(["人员经费合计", "900.00", "公用经费合计", "100.00"], Texts(grid.Rows[^1]));
    }

    [Fact]
    public void Table09HasBudgetAndActualBlocksAndRoundsHalfAwayFromZero()
    {
        var grid = Grid("T09");
        Assert.Equal(4, grid.HeaderRowCount);
        Assert.Equal([("预算数", 6), ("决算数", 6)], grid.Rows[0].Select(c => (c.Text, c.ColSpan)));
        Assert.Equal(["小计", "公务用车购置费", "公务用车运行费", "小计", "公务用车购置费", "公务用车运行费"], Texts(grid.Rows[2]));
        var data = grid.Rows[4];
        Assert.Equal(12, data.Count);
        // 15.005 rounds to 15.01 (half away from zero), not to banker's 15.00.
        Assert.Equal(("17.92", "2.00", "15.01", "1.50"), (data[0].Text, data[5].Text, data[6].Text, data[11].Text));
    }

    [Fact]
    public void The2022FormatPrintsNoThousandsSeparators() =>
        Assert.Equal("7138.31", Grid("T01", FormatLibrary.Repository[2022]).Rows[3][2].Text);
}
