using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Workbooks;

public sealed class WorkbookReaderCanonicalTests : IDisposable
{
    private readonly TempFolder _dir = new();
    private readonly ReadResult _result;

    public WorkbookReaderCanonicalTests()
    {
        using var b = TestWorkbookBuilder.Canonical();
        _result = WorkbookReader.Read(b.Save(_dir.Path, "测试局2024.xlsx"));
    }

    public void Dispose() => _dir.Dispose();

    private BudgetWorkbook Book => _result.Workbook!;

    [Fact]
    public void A_canonical_workbook_reads_without_any_finding()
    {
        Assert.NotNull(_result.Workbook);
        Assert.Empty(_result.Findings);
        Assert.Equal("测试局2024.xlsx", Book.FileName);
    }

    [Fact]
    public void The_cover_gives_unit_year_and_the_default_format_of_the_year()
    {
        Assert.Equal("测试局(本级)", Book.Unit.Name);
        Assert.Equal(2024, Book.Unit.Year);
        Assert.Equal(FormatLibrary.Repository[2024], Book.Unit.Format);
        Assert.False(Book.Unit.HasSubordinateUnits);
        Assert.Equal("本单位", Book.Unit.SelfReference);
        Assert.Equal("行政单位", Book.Unit.Nature);
        Assert.Equal("万元", Book.Unit.AmountUnit);
        Assert.Equal(new SourceRef("测试局2024.xlsx", "封面", "B4"), Book.Unit.Source);
    }

    [Fact]
    public void Summary_01_is_split_into_income_and_expenditure_halves()
    {
        var t = Book.Tables.IncomeExpenditureSummary;
        Assert.True(t.Present);
        Assert.Equal(7138.31m, t.Get(R.一般公共预算财政拨款收入, C.决算数).Value);
        Assert.Equal(new SourceRef("测试局2024.xlsx", "公开01表", "C7"), t.Get(R.一般公共预算财政拨款收入, C.决算数).Source);
        Assert.Equal(7290.01m, t.Get(R.收入总计, C.决算数).Value);
        Assert.Equal(7290.01m, t.Get(R.支出总计, C.决算数).Value);
        Assert.Equal(289.70m, t.Get(R.年末结转和结余, C.决算数).Value);
        Assert.Equal(6400.06m, t.Get("215", C.决算数).Value);
        Assert.Equal("215", t.Row("215")!.Code);
        Assert.Equal(26, t.Rows.Count(r => r.Code is not null));
    }

    [Fact]
    public void Fiscal_04_tells_the_repeated_opening_rows_apart_by_position()
    {
        var t = Book.Tables.FiscalSummary;
        Assert.Equal(7138.31m, t.Get(R.一般公共预算财政拨款, C.决算数).Value);
        Assert.Equal(120.5m, t.Get(R.年初一般公共预算财政拨款, C.决算数).Value);
        Assert.Equal("C35", t.Get(R.年初一般公共预算财政拨款, C.决算数).Source!.Cell);
        Assert.Equal(283.5m, t.Get(R.年末财政拨款结转和结余, C.一般公共预算财政拨款).Value);
        Assert.Equal(5m, t.Get(R.年末财政拨款结转和结余, C.政府性基金预算财政拨款).Value);
        Assert.Equal(7288.81m, t.Get(R.支出总计, C.合计).Value);
        Assert.Equal(25m, t.Get("229", C.政府性基金预算财政拨款).Value);
    }

    [Fact]
    public void Coded_tables_key_rows_by_code_and_match_two_row_headers()
    {
        var t = Book.Tables.GeneralBudget;
        Assert.Equal(6975.31m, t.Get(R.合计, C.合计).Value);
        Assert.Equal(4975.31m, t.Get(R.合计, C.项目支出).Value);
        var item = t.Row("2150501")!;
        Assert.Equal(3, item.Level);
        Assert.Equal("行政运行", item.Label);
        Assert.Equal(2000m, item[C.基本支出].Value);
        Assert.Equal(4, t.CodedRows.Count(r => r.Level == 3));
        Assert.Equal(7168.31m, Book.Tables.Income.Get(R.合计, C.财政拨款收入).Value);
        Assert.Equal(5000.31m, Book.Tables.Expenditure.Get(R.合计, C.项目支出).Value);
    }

    [Fact]
    public void Fund_tables_read_the_subtotal_under_本年支出_and_an_empty_table_is_empty()
    {
        var fund = Book.Tables.GovernmentFund;
        Assert.Equal(25m, fund.Get(R.合计, C.本年支出合计).Value);
        Assert.Equal(30m, fund.Get(R.合计, C.本年收入).Value);
        Assert.Equal(25m, fund.Get("2290402", C.项目支出).Value);
        Assert.True(Book.Tables.StateCapital.Present);
        Assert.True(Book.Tables.StateCapital.IsEmpty);
    }

    [Fact]
    public void Basic_06_reads_both_blocks_and_footers()
    {
        var t = Book.Tables.GeneralBudgetBasic;
        Assert.Equal(1600m, t.Get(R.人员经费合计, C.决算数).Value);
        Assert.Equal(400m, t.Get(R.公用经费合计, C.决算数).Value);
        Assert.Equal(800m, t.Get("30101", C.决算数).Value);
        Assert.Equal(50m, t.Get("31002", C.决算数).Value);
        Assert.Equal("D8", t.Row("310")!.Location.Cell);
    }

    [Fact]
    public void Three_public_blocks_become_预算数_and_决算数_rows()
    {
        var t = Book.Tables.ThreePublic;
        Assert.Equal(17.92m, t.Get(R.预算数, C.三公合计).Value);
        Assert.Equal(10.92m, t.Get(R.预算数, C.公务用车购置及运行费).Value);
        Assert.Equal(10.92m, t.Get(R.预算数, C.公务用车运行费).Value);
        Assert.Equal(1.5m, t.Get(R.决算数, C.公务接待费).Value);
        Assert.Equal("L8", t.Get(R.决算数, C.公务接待费).Source!.Cell);
        Assert.Equal(9.5m, t.Get(R.决算数, C.公务用车购置及运行费).Value);
    }

    [Fact]
    public void Key_value_sheets_fill_their_records()
    {
        Assert.Equal(7444.13m, Book.Budgets.FiscalIncome.Value);
        Assert.Equal(7400m, Book.Budgets.GeneralBudgetExpenditure.Value);
        Assert.Equal(2m, Book.ThreePublic.VehiclesHeld.Value);
        Assert.Equal("车辆加油费、维修费", Book.ThreePublic.VehicleRunningContent.Value);
        Assert.Equal(400m, Book.Other.OperatingCost.Value);
        Assert.Null(Book.Other.OperatingCostAdministrative);
        Assert.Equal(1234.5m, Book.Other.BuildingArea.Value);
        Assert.Equal(("其他用车", 2m), (Book.Other.VehiclesByCategory[7].Category, Book.Other.VehiclesByCategory[7].Count.Value));
        Assert.Equal(118.5m, Book.Performance.Executed.Value);
        Assert.Equal("一是……", Book.Performance.Achievements.Value);
    }

    [Fact]
    public void Profile_reads_lists_and_both_years_of_staff()
    {
        Assert.Equal(["负责全市工业发展规划。", "负责信息化建设。"], Book.Profile.Functions.Select(f => f.Value));
        Assert.Equal(2, Book.Profile.Departments.Count);
        Assert.Equal(50m, Book.Profile.Staff.Total.Value);
        Assert.Equal(30m, Book.Profile.Staff.Administrative!.Value);
        Assert.Equal(60m, Book.Profile.PriorStaff!.Total.Value);
        Assert.Null(Book.Profile.PriorStaff.Administrative);
    }

    [Fact]
    public void Projects_group_their_indicators_in_sheet_order_and_rates_become_fractions()
    {
        Assert.Equal(["工业发展专项", "信息化建设"], Book.Projects.Select(p => p.Name));
        var first = Book.Projects[0];
        Assert.Equal(["扶持企业数", "带动产值"], first.Indicators.Select(i => i.Level3));
        Assert.Equal(0.985m, first.ExecutionRate!.Value);
        Assert.Equal(1.0m, Book.Projects[1].ExecutionRate!.Value);
        Assert.Equal(98.5m, first.Total.Executed.Value);
        // Three blank 上年结转资金 cells: the published 自评表 has no such row.
        Assert.Null(first.CarriedOver);
        Assert.Equal(95.5m, first.TotalScore.Value);
    }

    [Fact]
    public void Reasons_are_read_by_key_and_no_上年数_sheet_means_no_prior_sheet()
    {
        Assert.Equal("人员调整。", Book.Reasons.Find("一般公共预算.2150501.上年")!.Value);
        Assert.Null(Book.Reasons.Find(ReasonKeys.三公上年));
        Assert.Null(Book.PriorYearSheet);
    }
}
