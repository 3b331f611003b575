using JuneBudget.Format;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using P = JuneBudget.Format.PriorYearFields;

namespace JuneBudget.Tests.Workbooks;

public sealed class PriorYearExtractorTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Last_years_workbook_gives_every_prior_field_and_the_item_lists()
    {
        using var b = TestWorkbookBuilder.Canonical(year: 2023);
        var book = WorkbookReader.Read(b.Save(_dir.Path, "测试局2023.xlsx")).Workbook!;
        var prior = PriorYearExtractor.FromWorkbook(book);
        Assert.Equal("测试局2023.xlsx", prior.Origin);
        Assert.All(P.Fixed, k => Assert.True(prior.Figures.ContainsKey(k), k));
        Assert.Equal(7290.01m, prior[P.收入总计].Value);
        Assert.Equal(289.70m, prior[P.年末结转和结余].Value);
        Assert.Equal(7288.81m, prior[P.财政拨款收入总计].Value);
        Assert.Equal(7288.81m, prior[P.财政拨款支出总计].Value);
        Assert.Equal(6975.31m, prior[P.一般公共预算财政拨款支出].Value);
        Assert.Equal(30m, prior[P.政府性基金收入总计].Value); // 年初 0 + 本年收入 30
        Assert.Equal(0m, prior[P.国有资本经营收入总计].Value);
        Assert.Equal(283.5m, prior[P.年末一般公共预算结转].Value);
        Assert.Equal(5m, prior[P.年末政府性基金结转].Value);
        Assert.Equal(15m, prior[P.三公经费合计].Value);
        Assert.Equal(9.5m, prior[P.公务用车购置及运行费].Value);
        Assert.Equal(400m, prior[P.机关运行经费].Value);
        Assert.Equal(["2010302", "2150501", "2150599", "2060499"], prior.GeneralBudgetItems.Where(i => i.IsItem).Select(i => i.Code));
        var item = prior.GeneralBudgetItems.Single(i => i.Code == "2150501");
        Assert.Equal("行政运行", item.Name);
        Assert.Equal(2000m, item.Amount.Value);
        // 类 and 款 rows come along to name the items; they are not items themselves.
        Assert.Contains(prior.GeneralBudgetItems, i => i is { Code: "20103", IsItem: false });
        Assert.Equal(25m, Assert.Single(prior.GovernmentFundItems, i => i.IsItem).Amount.Value);
        Assert.Empty(prior.StateCapitalItems);
    }

    [Fact]
    public void The_上年数_sheet_becomes_prior_figures_with_its_own_origin()
    {
        using var b = TestWorkbookBuilder.Canonical();
        var ws = b.Sheet(SheetNames.上年数);
        TestWorkbookBuilder.Put(ws, 1, 1, "上年数");
        TestWorkbookBuilder.Put(ws, 2, 1, "金额单位：元");
        TestWorkbookBuilder.Put(ws, 3, 1, "项目", "科目编码", "科目名称", "上年数");
        TestWorkbookBuilder.Put(ws, 4, 1, P.收入总计, null, null, "65,000,000");
        TestWorkbookBuilder.Put(ws, 5, 1, "“三公”经费合计", null, null, 123400);
        TestWorkbookBuilder.Put(ws, 6, 1, P.一般公共预算项, 2150501, "行政运行", 15000000);
        var r = WorkbookReader.Read(b.Save(_dir.Path, "x.xlsx"));
        var prior = r.Workbook!.PriorYearSheet!;
        Assert.Empty(r.Findings);
        Assert.Equal("上年数工作表", prior.Origin);
        Assert.Equal(6500m, prior[P.收入总计].Value);
        Assert.Equal(12.34m, prior[P.三公经费合计].Value);
        Assert.Equal(0m, prior[P.支出总计].Value);
        var item = Assert.Single(prior.GeneralBudgetItems);
        Assert.Equal(("2150501", "行政运行", 1500m), (item.Code, item.Name, item.Amount.Value));
    }
}
