using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

public sealed class BudgetValidatorTests
{
    [Fact]
    public void TheCleanSampleRaisesNoError()
    {
        var findings = SampleUnit.Validate(SampleUnit.Y2024);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
        // Warnings in catalogue order, then the one rounding note.
        Assert.Equal(["Y-01", "Y-02", "W-01", "W-02", "W-02", "X-10"], findings.Select(f => f.RuleId).ToList());
    }

    [Fact, Raises("X-10")]
    public void TheSampleBasicExpenditureResidueIsARoundingNote()
    {
        // Seed 004 prints 基本支出 1,894.78 but 人员经费 1,763.61 + 公用经费 131.18 = 1,894.79: a 0.01 residue of rounding.
        var finding = Assert.Single(SampleUnit.Validate(SampleUnit.Y2024), f => f.Severity == Severity.RoundingNote);
        Assert.Equal("X-10", finding.RuleId);
        Assert.Equal(
            "一般公共预算财政拨款基本支出应等于人员经费与公用经费之和：公开05表 基本支出合计 1,894.78 万元 ≠ 公开06表 人员经费合计 1,763.61 万元 + 公用经费合计 131.18 万元 = 1,894.79 万元，相差 0.01 万元",
            finding.Message);
        Assert.Equal(
            [SampleUnit.CellOf(SampleUnit.Y2024, K.GeneralBudget, R.合计, C.基本支出),
             SampleUnit.CellOf(SampleUnit.Y2024, K.GeneralBudgetBasic, R.人员经费合计, C.决算数),
             SampleUnit.CellOf(SampleUnit.Y2024, K.GeneralBudgetBasic, R.公用经费合计, C.决算数)],
            finding.Cells);
        Assert.Equal(1_894.79m, finding.Expected);
        Assert.Equal(1_894.78m, finding.Actual);
    }

    [Fact]
    public void TheSample2023WorkbookAloneRaisesOnlyRoundingNotesAndWhatAPersonMustSupply() =>
        // Alone, 2023 has no 2022 figures (C-02) and no reason texts (C-01): nothing else is wrong with it.
        Assert.All(new BudgetValidator().Validate(new UnitYear(SampleUnit.Y2023, null, null)),
            f => Assert.True(f.Severity == Severity.RoundingNote || f.RuleId.StartsWith("C-", StringComparison.Ordinal), f.Message));

    [Fact]
    public void FindingsAreOrderedErrorsFirstThenWarningsThenRoundingNotes()
    {
        var (edited, _) = Set(K.IncomeExpenditureSummary, R.结余分配, C.决算数, 2m);
        var severities = SampleUnit.Validate(edited).Select(f => f.Severity).ToList();
        Assert.Equal(severities.Order().ToList(), severities);
        Assert.Equal(Severity.Error, severities[0]);
    }

    [Fact]
    public void RulesOnAMissingTableAreSkippedBecauseTheReaderReportsIt()
    {
        var findings = SampleUnit.Validate(SampleUnit.Y2024.WithoutTable(K.GeneralBudgetBasic));
        Assert.DoesNotContain(findings, f => f.RuleId is "X-10" or "T06-1" or "T06-2" or "X-12" or "S-09");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void FiguresCarriedInYuanAreComparedAtTheirOwnPrecision()
    {
        // 1,763.6065 + 131.1765 = 1,894.7830 万元 (workbook in 元): exactly 05's 1,894.783 → no finding.
        var exact = SampleUnit.Y2024
            .WithAmount(K.GeneralBudgetBasic, R.人员经费合计, C.决算数, 1_763.6065m)
            .WithAmount(K.GeneralBudgetBasic, R.公用经费合计, C.决算数, 131.1765m)
            .WithAmount(K.GeneralBudget, R.合计, C.基本支出, 1_894.783m);
        var x10 = new BudgetValidator([RuleCatalogue.All.Single(r => r.Info.Id == "X-10")]);
        Assert.Empty(x10.Validate(new UnitYear(exact, null, null)));

        // 0.007 万元 apart is within the 2-decimal rounding tolerance but not at 元 precision: an error.
        var off = exact.WithAmount(K.GeneralBudget, R.合计, C.基本支出, 1_894.79m);
        var finding = Assert.Single(x10.Validate(new UnitYear(off, null, null)));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("1,763.6065 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises(BudgetValidator.TruncatedRuleId)]
    public void FindingsBeyondTheCapAreCutWithAFinalFindingSayingHowMany()
    {
        var findings = new BudgetValidator([new ManyFindingsRule(BudgetValidator.MaxFindings + 100)]).Validate(new UnitYear(SampleUnit.Y2024, null, null));
        Assert.Equal(BudgetValidator.MaxFindings, findings.Count);
        Assert.Equal(BudgetValidator.TruncatedRuleId, findings[^1].RuleId);
        Assert.Contains("其余 101 条未列出", findings[^1].Message, StringComparison.Ordinal);
    }

    [Fact, Raises(BudgetValidator.RuleFailureId)]
    public void ARuleThatFailsIsReportedAndTheOtherRulesStillRun()
    {
        var findings = new BudgetValidator([new FailingRule(), .. RuleCatalogue.All]).Validate(new UnitYear(SampleUnit.Y2024, SampleUnit.Y2023, null));
        var failure = Assert.Single(findings, f => f.RuleId == BudgetValidator.RuleFailureId);
        Assert.Equal("TEST-1", failure.Key);
        Assert.Contains(findings, f => f.RuleId == "X-10");
    }

    private sealed class ManyFindingsRule(int count) : IValidationRule
    {
        public RuleInfo Info { get; } = new("TEST-0", Severity.Error, "{0}", "test");

        public IEnumerable<Finding> Check(ValidationContext context) =>
            Enumerable.Range(0, count).Select(i => new Finding(Info.Id, Severity.Error, $"第 {i} 条", []));
    }

    private sealed class FailingRule : IValidationRule
    {
        public RuleInfo Info { get; } = new("TEST-1", Severity.Error, "{0}", "test");

        public IEnumerable<Finding> Check(ValidationContext context) => throw new InvalidOperationException("boom");
    }
}
