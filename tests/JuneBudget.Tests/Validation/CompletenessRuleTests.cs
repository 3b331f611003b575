using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;

namespace JuneBudget.Tests.Validation;

/// <summary>What the document needs and only a person can supply: reasons and last year's figures.</summary>
public sealed class CompletenessRuleTests
{
    private static readonly BudgetWorkbook Sample = SampleUnit.Y2024;

    [Fact]
    public void TheSampleHasEveryReasonItsDocumentNeeds() =>
        Assert.DoesNotContain(SampleUnit.Validate(Sample), f => f.RuleId == "C-01");

    [Fact, Raises("C-01")]
    public void AMissingItemReasonIsListedWithTheExactKeyToFill()
    {
        const string key = "一般公共预算.2150501.上年";
        var reasons = Sample.Reasons.ByKey.Where(r => r.Key != key).ToDictionary(r => r.Key, r => r.Value);
        var found = SampleUnit.Validate(Sample with { Reasons = new ReasonBook(reasons) });
        var finding = Assert.Single(found, f => f.RuleId == "C-01");
        Assert.Equal(Severity.NeedsReason, finding.Severity);
        Assert.Equal(key, finding.Key);
        Assert.Contains("“一般公共预算.2150501.上年”", finding.Message, StringComparison.Ordinal);
        Assert.Equal(SheetNames.主要原因, Assert.Single(finding.Cells).Sheet);
    }

    /// <summary>Facts are built once per unit: C-01 checks the list it is handed, not one it builds again.</summary>
    [Fact]
    public void C01ChecksTheReasonsOfTheFactsItIsHanded()
    {
        var unit = new UnitYear(Sample, SampleUnit.Y2023, null);
        var facts = ReportFactsBuilder.Build(unit);
        var handed = facts with { RequiredReasons = [.. facts.RequiredReasons, new RequiredReason("测试.只在此处", "测试用的原因", "测试位置")] };

        var finding = Assert.Single(new BudgetValidator().Validate(unit, handed), f => f.RuleId == "C-01");

        Assert.Equal("测试.只在此处", finding.Key);
        Assert.Contains("测试用的原因（测试位置）", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("C-02")]
    public void WithoutLastYearsWorkbookOrSheetTheDraftCannotStateYearOverYearFigures()
    {
        var found = new BudgetValidator().Validate(new UnitYear(Sample with { PriorYearSheet = null }, null, null));
        var finding = Assert.Single(found, f => f.RuleId == "C-02");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("2023年度的工作簿", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFilledPriorYearSheetIsEnoughWithoutLastYearsWorkbook()
    {
        var found = new BudgetValidator().Validate(new UnitYear(Sample, null, Sample.PriorYearSheet));
        Assert.DoesNotContain(found, f => f.RuleId == "C-02");
    }
}
