using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.SelfReport;

/// <summary>G-01 … G-08 on seed 001's unit: the sample raises none; each edit raises its rule naming the edited cell.</summary>
public sealed class SelfReportRuleTests
{
    private static IReadOnlyList<Finding> Validate(BudgetWorkbook wb)
    {
        var unit = SelfReportUnits.Unit(wb);
        return new BudgetValidator().Validate(unit, ReportFactsBuilder.Build(unit));
    }

    private static SourceRef Cell(string sheet, string a1) => new(SelfReportUnits.Seed001.FileName, sheet, a1);

    private static Finding Breaks(Func<SelfReportInput, SelfReportInput> edit, string id, SourceRef cell)
    {
        var wb = SelfReportUnits.Seed001;
        var findings = Validate(wb with { SelfReport = edit(wb.SelfReport!) }).Where(f => f.RuleId.StartsWith("G-", StringComparison.Ordinal)).ToList();
        var finding = findings.FirstOrDefault(f => f.RuleId == id && f.Cells.Contains(cell));
        Assert.True(finding is not null, $"{id} naming {cell} not raised: {string.Join(" | ", findings.Select(f => f.RuleId + " " + f.Message))}");
        Assert.Equal(Severity.Error, finding.Severity);
        return finding;
    }

    [Fact]
    public void TheSampleRaisesNoSelfReportFinding() =>
        Assert.DoesNotContain(Validate(SelfReportUnits.Seed001), f => f.RuleId.StartsWith("G-", StringComparison.Ordinal));

    [Fact]
    public void TheSecondUnitRaisesNoSelfReportFinding() =>
        Assert.DoesNotContain(Validate(SelfReportUnits.Second), f => f.RuleId.StartsWith("G-", StringComparison.Ordinal));

    [Fact, Raises("G-01")]
    public void AFullYearBudgetThatIsNotTheAdjustedInitialBudgetIsAnError()
    {
        var cell = Cell(SheetNames.整体自评, "B8");
        var finding = Breaks(s => s with { BudgetPersonnel = new(282.00m, cell) }, "G-01", cell);
        Assert.Contains("全年预算（人员经费 + 公用经费 + 项目支出） 313.34 万元 ≠", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-02")]
    public void SpendingAboveTheFullYearBudgetIsAnError()
    {
        var cell = Cell(SheetNames.整体自评项目, "D4");
        var finding = Breaks(s => s with { Projects = [s.Projects[0] with { Executed = new(9m, cell) }] }, "G-02", cell);
        Assert.Contains("“招商引资经费”执行金额 9.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-02")]
    public void BasicSpendingAboveItsBudgetIsAnError()
    {
        var cell = Cell(SheetNames.整体自评, "B9");
        // 公用经费 cut so that 人员 + 公用 (292.53) is below the 公开03表 基本支出 299.06.
        var finding = Breaks(s => s with { BudgetPublic = new(10m, cell), BudgetProject = new(21.34m, s.BudgetProject.Source) }, "G-02", cell);
        Assert.Contains("基本支出全年预算（人员经费 + 公用经费） 292.53 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-03")]
    public void AnIndicatorScoredAboveItsWeightIsAnError()
    {
        var cell = Cell(SheetNames.整体自评指标, "J4");
        var finding = Breaks(s => s with { Indicators = [s.Indicators[0] with { Score = new(11m, cell) }, .. s.Indicators.Skip(1)] }, "G-03", cell);
        Assert.Contains("“引进企业数量”自评得分 11 分", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-04")]
    public void WeightsThatDoNotAddUpTo100AreAnError()
    {
        var cell = Cell(SheetNames.整体自评指标, "I4");
        Breaks(s => s with { Indicators = [s.Indicators[0] with { Weight = new(12m, cell) }, .. s.Indicators.Skip(1)] }, "G-04", cell);
    }

    [Fact, Raises("G-05")]
    public void ATotalAbove100IsAnError()
    {
        // Scores above their weights push the total over 100 (G-03 fires too, naming the same cell).
        var cell = Cell(SheetNames.整体自评指标, "J5");
        var finding = Breaks(s => s with { Indicators = [s.Indicators[0], s.Indicators[1] with { Score = new(12m, cell) }, .. s.Indicators.Skip(2)] }, "G-05", cell);
        Assert.Contains("101.79", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-06")]
    public void ProjectsThatDoNotAddUpToTheExpenditureTablesProjectSpendingAreAnError()
    {
        var cell = Cell(SheetNames.整体自评项目, "D4");
        var finding = Breaks(s => s with { Projects = [s.Projects[0] with { Executed = new(8.00m, cell) }] }, "G-06", cell);
        Assert.Contains("8.21", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-07")]
    public void PersonnelSpendingAboveItsBudgetIsAnError()
    {
        // 人员经费 budget below 公开06表's 人员经费合计 277.00, 公用经费 raised so that 基本支出 (305.66)
        // and the full-year budget stay as they were: only the line is wrong (G-01, G-02 pass).
        var cell = Cell(SheetNames.整体自评, "B8");
        var wb = SelfReportUnits.Seed001.Sourced();
        var findings = Validate(wb with { SelfReport = wb.SelfReport! with { BudgetPersonnel = new(276.00m, cell), BudgetPublic = new(29.66m, null) } });
        var finding = Assert.Single(findings, f => f.RuleId.StartsWith("G-", StringComparison.Ordinal));
        Assert.Equal("G-07", finding.RuleId);
        Assert.Contains("公开06表", finding.Message, StringComparison.Ordinal);
        Assert.Contains("277.00 万元", finding.Message, StringComparison.Ordinal);
        Assert.Equal([wb.Tables.GeneralBudgetBasic.Get(R.人员经费合计, C.决算数).Source!, cell], finding.Cells);
    }

    [Fact, Raises("G-07")]
    public void PublicSpendingAboveItsBudgetIsAnError()
    {
        var cell = Cell(SheetNames.整体自评, "B9");
        var finding = Breaks(s => s with { BudgetPersonnel = new(284.66m, s.BudgetPersonnel.Source), BudgetPublic = new(21.00m, cell) }, "G-07", cell);
        Assert.Contains("22.06 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("G-08")]
    public void StaffThatDisagreesWithTheStaffSheetIsAnError()
    {
        var cell = Cell(SheetNames.整体自评, "B13");
        var finding = Breaks(s => s with { AdministrativeStaff = new(6m, cell) }, "G-08", cell);
        Assert.Contains("行政在职（人） 6 人", finding.Message, StringComparison.Ordinal);
        Assert.Contains("人员情况", finding.Message, StringComparison.Ordinal);
        Assert.Contains("7 人", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Validate(SelfReportUnits.Seed001 with { SelfReport = SelfReportUnits.Seed001.SelfReport! with { InstitutionalStaff = new(8m, cell) } }),
            f => f.RuleId == "G-08");
    }

    [Fact]
    public void StaffIsComparedOnlyWhereTheStaffSheetSplitsIt()
    {
        // 人员情况 without 其中：行政编制 / 事业编制: nothing to compare, no finding however 整体自评 reads.
        var wb = SelfReportUnits.Seed001;
        var staff = wb.Profile.Staff with { Administrative = null, Institutional = null };
        var edited = wb with { Profile = wb.Profile with { Staff = staff }, SelfReport = wb.SelfReport! with { AdministrativeStaff = new(6m, Cell(SheetNames.整体自评, "B13")) } };
        Assert.DoesNotContain(Validate(edited), f => f.RuleId == "G-08");
    }

    [Fact]
    public void TheExecutedFiguresAreTheExpenditureTables()
    {
        var wb = SelfReportUnits.Seed001.Sourced();
        var facts = SelfReportFactsBuilder.Build(SelfReportUnits.Unit(wb), SelfReportUnits.Format)!;
        Assert.Equal(SelfReportUnits.Executed(wb), (facts.ExecutedBasic.Value, facts.ExecutedProject.Value));
        var cells = facts.Sources[facts.ExecutedBasic.Id];
        Assert.Equal(wb.Tables.Expenditure.Get(R.合计, C.基本支出).Source, Assert.Single(cells));
    }
}
