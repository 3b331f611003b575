using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Sample;

/// <summary>
/// Fixture checks, not behaviour: the typed sample data (tools/SampleInput, also the bundled
/// input workbooks) carries every total seed 004 states and agrees with itself. No pipeline code
/// runs here; these guard the data other tests build on.
/// </summary>
public sealed class Seed004SampleFixtureChecks
{
    private static readonly BudgetWorkbook Y2024 = Seed004Sample.Workbook2024();
    private static readonly BudgetWorkbook Y2023 = Seed004Sample.Workbook2023();

    [Fact]
    public void IncomeAndExpenditureOf2024TotalTheSeedsFigure()
    {
        var summary = Y2024.Tables.IncomeExpenditureSummary;
        Assert.Equal(7_138.31m, summary.Get(R.本年收入合计, C.决算数).Value);
        Assert.Equal(7_138.31m, summary.Get(R.收入总计, C.决算数).Value);
        Assert.Equal(7_138.31m, summary.Get(R.本年支出合计, C.决算数).Value);
        Assert.Equal(0m, summary.Get(R.年初结转和结余, C.决算数).Value);
        Assert.Equal(7_138.31m, Y2024.Tables.Income.Get(R.合计, C.财政拨款收入).Value);
    }

    [Fact]
    public void TheGeneralBudgetTableSumsTheSixteenItemsInBothYears()
    {
        var items2024 = Y2024.Tables.GeneralBudget.CodedRows.Where(r => r.Level == 3).ToList();
        var items2023 = Y2023.Tables.GeneralBudget.CodedRows.Where(r => r.Level == 3).ToList();
        Assert.Equal(7_138.31m, items2024.Sum(r => r[C.合计].Value));
        Assert.Equal(7_138.31m, Y2024.Tables.GeneralBudget.Get(R.合计, C.合计).Value);
        Assert.Equal(7_022.98m, items2023.Sum(r => r[C.合计].Value));
        Assert.Equal(7_022.98m, Y2023.Tables.GeneralBudget.Get(R.合计, C.合计).Value);
        // 16 项 over both years; a 项 that is zero in a year is not listed in that year.
        Assert.Equal(16, items2024.Select(r => r.Key).Union(items2023.Select(r => r.Key)).Count());
        Assert.DoesNotContain(items2024, r => r.Key == "2110301");
        Assert.DoesNotContain(items2023, r => r.Key == "2240106");
    }

    [Theory]
    [InlineData("206", 2_288.22)]
    [InlineData("208", 502.72)]
    [InlineData("211", 20.00)]
    [InlineData("215", 4_326.87)]
    [InlineData("224", 0.50)]
    public void EachClassOf2024HasTheSeedsStructureFigure(string code, double expected)
    {
        Assert.Equal((decimal)expected, Y2024.Tables.GeneralBudget.Get(code, C.合计).Value);
        Assert.Equal((decimal)expected, Y2024.Tables.IncomeExpenditureSummary.Get(code, C.决算数).Value);
    }

    [Fact]
    public void BasicAndProjectExpenditureSplitAsTheSeedSays()
    {
        Assert.Equal(1_894.78m, Y2024.Tables.GeneralBudget.Get(R.合计, C.基本支出).Value);
        Assert.Equal(5_243.53m, Y2024.Tables.GeneralBudget.Get(R.合计, C.项目支出).Value);
        Assert.Equal(1_894.78m, Y2024.Tables.Expenditure.Get(R.合计, C.基本支出).Value);
        var basic = Y2024.Tables.GeneralBudgetBasic;
        Assert.Equal(1_763.61m, basic.Get(R.人员经费合计, C.决算数).Value);
        Assert.Equal(131.18m, basic.Get(R.公用经费合计, C.决算数).Value);
        // The seed's own 0.01 residue: 1,763.61 + 131.18 = 1,894.79, not 1,894.78. Kept on purpose.
        Assert.Equal(1_894.79m, basic.Get(R.人员经费合计, C.决算数).Value + basic.Get(R.公用经费合计, C.决算数).Value);
        Assert.Equal(1_763.61m, basic.Get("301", C.决算数).Value + basic.Get("303", C.决算数).Value);
    }

    [Fact]
    public void ThreePublicFiguresMatchTheSeed()
    {
        var actual = Y2024.Tables.ThreePublic.Row(R.决算数)!;
        Assert.Equal(17.92m, actual[C.三公合计].Value);
        Assert.Equal(1.56m, actual[C.因公出国费].Value);
        Assert.Equal(0.00m, actual[C.公务用车购置费].Value);
        Assert.Equal(16.33m, actual[C.公务用车运行费].Value);
        Assert.Equal(0.03m, actual[C.公务接待费].Value);
        Assert.Equal(17.92m, Y2024.Tables.ThreePublic.Get(R.预算数, C.三公合计).Value);
        // Last year: 17.92 + 1.79 = 19.71 (seed §九 “减少1.79万元”).
        Assert.Equal(19.71m, Y2023.Tables.ThreePublic.Get(R.决算数, C.三公合计).Value);
    }

    [Fact]
    public void FifteenSelfEvaluationsTotalTheSeedsBudget()
    {
        Assert.Equal(15, Y2024.Projects.Count);
        Assert.Equal(2_452.29m, Y2024.Projects.Sum(p => p.Total.FullYearBudget.Value));
        Assert.Equal(2_452.29m, Y2024.Projects.Sum(p => p.Total.Executed.Value));
        Assert.Equal(Y2024.Performance.Budget.Value, Y2024.Projects.Sum(p => p.Total.FullYearBudget.Value) + Y2024.Performance.OtherBudget.Value);
        Assert.All(Y2024.Projects, p => Assert.Equal(100m, p.Indicators.Sum(i => i.Weight.Value) + p.FundingWeight.Value));
    }

    [Fact]
    public void TheYearOverYearChangesOfTheSeedFollowFromTheTwoModels()
    {
        Assert.Equal(30_676.91m, Y2023.Tables.IncomeExpenditureSummary.Get(R.收入总计, C.决算数).Value - 7_138.31m);
        Assert.Equal(30_576.55m, Y2023.Tables.FiscalSummary.Get(R.收入总计, C.决算数).Value - 7_138.31m);
        Assert.Equal(115.33m, 7_138.31m - Y2023.Tables.GeneralBudget.Get(R.合计, C.合计).Value);
        Assert.Equal(3.45m, Y2024.Other.OperatingCost.Value - Y2023.Other.OperatingCost.Value);
        Assert.Equal(30_625.58m, Y2023.Tables.GovernmentFund.Get("2290402", C.本年支出合计).Value);
    }

    [Fact]
    public void TheSummaryTablesOf2023BalanceTheirTwoHalves()
    {
        var summary = Y2023.Tables.IncomeExpenditureSummary;
        Assert.Equal(37_815.22m, summary.Get(R.支出总计, C.决算数).Value);
        var classes = summary.Rows.Where(r => r.Code is not null).Sum(r => r[C.决算数].Value);
        Assert.Equal(summary.Get(R.本年支出合计, C.决算数).Value, classes);
        var fiscal = Y2023.Tables.FiscalSummary;
        Assert.Equal(37_714.86m, fiscal.Get(R.支出总计, C.合计).Value);
        Assert.Equal(66.30m, fiscal.Get(R.年末财政拨款结转和结余, C.一般公共预算财政拨款).Value);
    }

    [Fact]
    public void EveryItemComparedWithLastYearHasItsReasonStoredBare()
    {
        var codes = Y2024.Tables.GeneralBudget.CodedRows.Concat(Y2023.Tables.GeneralBudget.CodedRows)
            .Where(r => r.Level == 3).Select(r => r.Key).Distinct();
        Assert.All(codes, code => Assert.NotNull(Y2024.Reasons.Find(ReasonKeys.Item("一般公共预算", code))));
        Assert.All(Y2024.Reasons.ByKey.Values.Where(t => !t.IsBlank), text =>
        {
            Assert.False(text.Value.StartsWith("主要原因", StringComparison.Ordinal), text.Value);
            Assert.False(text.Value.EndsWith('。'), text.Value);
            Assert.DoesNotContain(" ", text.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ThePriorYearSheetOf2024AgreesWithThe2023Workbook()
    {
        var prior = Y2024.PriorYearSheet!;
        Assert.Equal(37_815.22m, prior[PriorYearFields.收入总计].Value);
        Assert.Equal(7_022.98m, prior[PriorYearFields.一般公共预算财政拨款支出].Value);
        Assert.Equal(19.70m, prior[PriorYearFields.公务用车购置及运行费].Value);
        Assert.Equal(127.73m, prior[PriorYearFields.机关运行经费].Value);
        Assert.Equal(12, prior.GeneralBudgetItems.Count(i => i.IsItem));
        Assert.Equal("2290402", Assert.Single(prior.GovernmentFundItems, i => i.IsItem).Code);
        // The 款 of the dropped 基金 item is named by last year's figures alone (no 2024 row has it).
        Assert.Equal("其他政府性基金及对应专项债务收入安排的支出", Assert.Single(prior.GovernmentFundItems, i => i.Code == "22904").Name);
    }

    [Fact]
    public void StaffCountsOfBothYearsAreTheSeeds()
    {
        var staff = Y2024.Profile.Staff;
        Assert.Equal([221m, 68m, 2m, 151m], [staff.Total.Value, staff.Active.Value, staff.Veteran.Value, staff.Retired.Value]);
        var prior = Y2024.Profile.PriorStaff!;
        Assert.Equal([236m, 78m, 2m, 156m], [prior.Total.Value, prior.Active.Value, prior.Veteran.Value, prior.Retired.Value]);
        Assert.Equal(12, Y2024.Profile.Functions.Count);
        Assert.Equal(12, Y2024.Profile.Departments.Count);
    }
}
