using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>Last year: carry-overs (warnings) and the 上年数 sheet against last year's workbook (errors).</summary>
public sealed class CrossYearRuleTests
{
    [Fact, Raises("Y-01")]
    public void TheSampleOpeningBalanceBelowLastYearsClosingBalanceIsOnlyAWarning()
    {
        // 2023 closed with 66.30 万元 一般公共预算 carry-over, 2024 opens with 0.00: the money was
        // 收回 (the public tables show no adjustment), so this must not block publication.
        var finding = Assert.Single(SampleUnit.Validate(SampleUnit.Y2024), f => f.RuleId == "Y-01");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(66.30m, finding.Expected);
        Assert.Equal(0m, finding.Actual);
        Assert.Equal(
            [SampleUnit.CellOf(SampleUnit.Y2024, K.IncomeExpenditureSummary, R.年初结转和结余, C.决算数),
             SampleUnit.CellOf(SampleUnit.Y2023, K.IncomeExpenditureSummary, R.年末结转和结余, C.决算数)],
            finding.Cells);
        Assert.Contains("公开01表 年初结转和结余 0.00 万元 ≠ 上年公开01表 年末结转和结余 66.30 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("Y-02")]
    public void TheSampleFiscalOpeningBalanceBelowLastYearsIsAWarningPerFundType()
    {
        var finding = Assert.Single(SampleUnit.Validate(SampleUnit.Y2024), f => f.RuleId == "Y-02");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(SampleUnit.CellOf(SampleUnit.Y2023, K.FiscalSummary, R.年末财政拨款结转和结余, C.一般公共预算财政拨款), finding.Cells);
        Assert.Equal(66.30m, finding.Expected);
    }

    [Fact]
    public void OpeningBalancesThatMatchLastYearRaiseNoCarryOverWarning()
    {
        var previous = Set(K.IncomeExpenditureSummary, R.年末结转和结余, C.决算数, 0m, SampleUnit.Y2023).Edited
            .WithAmount(K.FiscalSummary, R.年末财政拨款结转和结余, C.一般公共预算财政拨款, 0m);
        Assert.DoesNotContain(SampleUnit.Validate(SampleUnit.Y2024, previous), f => f.RuleId is "Y-01" or "Y-02");
    }

    [Fact]
    public void WithoutLastYearsWorkbookTheCarryOverIsCheckedAgainstThe上年数Sheet()
    {
        var sheet = SampleUnit.Y2024.PriorYearSheet!;
        var findings = new JuneBudget.Validation.BudgetValidator().Validate(new UnitYear(SampleUnit.Y2024, null, sheet));
        var finding = Assert.Single(findings, f => f.RuleId == "Y-01");
        Assert.Contains("≠ 上年数 年末结转和结余 66.30 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("Y-03")]
    public void A上年数FigureThatDisagreesWithLastYearsWorkbookIsAnError()
    {
        var (previous, cell) = Add(K.ThreePublic, R.决算数, C.公务接待费, 1m, SampleUnit.Y2023);
        var finding = Assert.Single(SampleUnit.Validate(SampleUnit.Y2024, previous), f => f.RuleId == "Y-03");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal([cell], finding.Cells);
        Assert.Contains($"上年数 {PriorYearFields.公务接待费}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A上年数ItemThatDisagreesNamesLastYearsTableAndCell()
    {
        var code = SampleUnit.Y2023.Tables.GeneralBudget.CodedRows.First(r => r.Level == 3);
        var (previous, cell) = Add(K.GeneralBudget, code.Key, C.合计, 1m, SampleUnit.Y2023);
        var finding = Assert.Single(SampleUnit.Validate(SampleUnit.Y2024, previous), f => f.RuleId == "Y-03");
        Assert.Equal([cell], finding.Cells);
        Assert.Equal($"上年数/{PriorYearFields.一般公共预算项}/{code.Key}", finding.Key);
        // Last year's workbook is format 2023: its 一般公共预算财政拨款支出决算表 is 公开05表.
        Assert.Contains($"≠ 上年公开05表 {code.Key} {code.Label} ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A上年数FigureIsNotComparedWithATableMissingFromLastYearsWorkbook()
    {
        // The reader has already reported the missing table; its figures read as zero without a
        // cell, which must not turn into “上年数 “三公”经费合计 17.92 ≠ 0.00” errors.
        var previous = SampleUnit.Y2023.WithoutTable(K.ThreePublic);
        Assert.DoesNotContain(SampleUnit.Validate(SampleUnit.Y2024, previous), f => f.RuleId == "Y-03");
    }

    [Fact]
    public void A上年数SheetLeftBlankIsNotComparedWithLastYearsWorkbook()
    {
        var blank = SampleUnit.Y2024 with
        {
            PriorYearSheet = new PriorYearFigures(SheetNames.上年数, PriorYearFields.Fixed.ToDictionary(k => k, _ => Amount.Zero), [], [], []),
        };
        Assert.DoesNotContain(SampleUnit.Validate(blank), f => f.RuleId == "Y-03");
    }
}
