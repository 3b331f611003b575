using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>B4: warnings that ask for a second look but never block.</summary>
public sealed class PlausibilityRuleTests
{
    private static readonly BudgetWorkbook Sample = SampleUnit.Y2024;

    [Fact, Raises("W-01")]
    public void TheSampleProcurementAboveItsExpenditureIsAWarning()
    {
        // S004: 10,536.33 万元 of contracts against 7,138.31 万元 spent (contract-based 口径).
        var finding = Assert.Single(SampleUnit.Validate(Sample), f => f.RuleId == "W-01");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(SampleUnit.CellOf(Sample, K.IncomeExpenditureSummary, R.本年支出合计, C.决算数), finding.Cells);
        Assert.Equal(10_536.33m, finding.Actual);
    }

    [Fact, Raises("W-02")]
    public void TheSampleCarriedOverProjectsWithoutOpeningBalanceAreWarnings()
    {
        var warnings = SampleUnit.Validate(Sample).Where(f => f.RuleId == "W-02").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Message.Contains("政务云第三方评估服务项目", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Contains(SampleUnit.CellOf(Sample, K.IncomeExpenditureSummary, R.年初结转和结余, C.决算数), w.Cells));
    }

    [Fact, Raises("W-03")]
    public void PriorYearFiguresThatContradictEachOtherAreAWarning()
    {
        var sheet = Sample.PriorYearSheet!;
        var cell = Sample.Cell(SheetNames.上年数, "D14");
        var figures = new Dictionary<string, Amount>(sheet.Figures) { [PriorYearFields.三公经费合计] = new(sheet[PriorYearFields.三公经费合计].Value + 1, cell) };
        var found = SampleUnit.Validate(Sample, prior: sheet with { Figures = figures });
        var finding = Assert.Single(found, f => f.RuleId == "W-03");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(cell, finding.Cells);
        // Last year's workbook is paired: the figures are that workbook's, and the message says so.
        Assert.Contains("：上年工作簿 “三公”经费合计", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorYearFiguresFromThe上年数SheetAreNamedAsSuch()
    {
        var sheet = Sample.PriorYearSheet!;
        var cell = Sample.Cell(SheetNames.上年数, "D14");
        var figures = new Dictionary<string, Amount>(sheet.Figures) { [PriorYearFields.三公经费合计] = new(sheet[PriorYearFields.三公经费合计].Value + 1, cell) };
        var found = new JuneBudget.Validation.BudgetValidator().Validate(new UnitYear(Sample, null, sheet with { Figures = figures }));
        var finding = Assert.Single(found, f => f.RuleId == "W-03");
        Assert.Contains("：上年数工作表 “三公”经费合计", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("上年工作簿", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("W-04")]
    public void OperatingCostOfAnInstitutionOnlyIsAWarning()
    {
        var edited = Sample with { Unit = Sample.Unit with { Nature = "事业单位" } };
        var finding = Assert.Single(SampleUnit.Validate(edited), f => f.RuleId == "W-04");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "S-09");
    }

    [Fact, Raises("W-05")]
    public void MoreOfficialCarsHeldThanVehiclesOwnedIsAWarning()
    {
        // Seed 003's text: 保有量 4 while 国有资产 lists 2 车辆. The sample has 8 held of 9 owned.
        var cell = Sample.Cell(SheetNames.三公统计, "B8");
        var edited = Sample with { ThreePublic = Sample.ThreePublic with { VehiclesHeld = new Quantity(10m, cell) } };
        var finding = SampleUnit.Breaks(edited, "W-05", Severity.Warning, cell);
        Assert.Equal(10m, finding.Actual);
        Assert.Equal(9m, finding.Expected);
    }

    [Fact]
    public void FewerOfficialCarsThanVehiclesIsNormal() =>
        Assert.DoesNotContain(SampleUnit.Validate(Sample), f => f.RuleId == "W-05");
}
