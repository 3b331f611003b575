using JuneBudget.Model;
using JuneBudget.Tests.Support;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>B1: each within-table rule, raised by one broken figure of the sample.</summary>
public sealed class TableRuleTests
{
    [Fact, Raises("T01-1")]
    public void AnIncomeRowOfTable01ThatIsNotInItsTotalIsAnError()
    {
        var finding = Breaks(Set(K.IncomeExpenditureSummary, R.其他收入, C.决算数, 1m), "T01-1");
        Assert.Equal(7_138.31m, finding.Actual);
        Assert.Equal(7_139.31m, finding.Expected);
        Assert.Contains("公开01表 本年收入合计 7,138.31 万元 ≠ 一般公共预算财政拨款收入 7,138.31 万元 + 其他收入 1.00 万元", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith(" = 7,139.31 万元，相差 1.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("T01-2")]
    public void AClassRowOfTable01ThatIsNotInItsTotalIsAnError() =>
        Breaks(Add(K.IncomeExpenditureSummary, "206", C.决算数, 1m), "T01-2");

    [Fact, Raises("T01-3")]
    public void AnOpeningBalanceMissingFromTheIncomeGrandTotalIsAnError() =>
        Breaks(Set(K.IncomeExpenditureSummary, R.年初结转和结余, C.决算数, 5m), "T01-3");

    [Fact, Raises("T01-4")]
    public void ASurplusDistributionMissingFromTheExpenditureGrandTotalIsAnError() =>
        Breaks(Set(K.IncomeExpenditureSummary, R.结余分配, C.决算数, 2m), "T01-4");

    [Fact, Raises("T01-5")]
    public void IncomeAndExpenditureGrandTotalsThatDifferAreAnError() =>
        Breaks(Add(K.IncomeExpenditureSummary, R.收入总计, C.决算数, 100m), "T01-5");

    [Fact, Raises("T02-1")]
    public void AnIncomeKindMissingFromItsRowTotalInTable02IsAnError() =>
        Breaks(Set(K.Income, R.合计, C.其他收入, 3m), "T02-1");

    [Fact, Raises("T02-2")]
    public void AClassOfTable02ThatIsNotTheSumOfItsSectionsIsAnError() =>
        Breaks(Add(K.Income, "206", C.财政拨款收入, 1m), "T02-2");

    [Fact, Raises("T03-1")]
    public void AnExpenditureKindMissingFromItsRowTotalInTable03IsAnError() =>
        Breaks(Set(K.Expenditure, R.合计, C.经营支出, 1m), "T03-1");

    [Fact, Raises("T03-2")]
    public void AClassOfTable03ThatIsNotTheSumOfItsSectionsIsAnError() =>
        Breaks(Add(K.Expenditure, "215", C.基本支出, 1m), "T03-2");

    [Fact, Raises("T04-1")]
    public void AFiscalIncomeMissingFromTable04IncomeTotalIsAnError() =>
        Breaks(Set(K.FiscalSummary, R.国有资本经营预算财政拨款, C.决算数, 1m), "T04-1");

    [Fact, Raises("T04-2")]
    public void AnOpeningFundBalanceMissingFromItsTotalIsAnError() =>
        Breaks(Set(K.FiscalSummary, R.年初政府性基金预算财政拨款, C.决算数, 1m), "T04-2");

    [Fact, Raises("T04-3")]
    public void Table04GrandTotalsThatDoNotAddUpAreAnError() =>
        Breaks(Set(K.FiscalSummary, R.收入总计, C.决算数, 7_200m), "T04-3");

    [Fact, Raises("T04-3")]
    public void AOneCentDifferenceInTable04GrandTotalIsARoundingNote() =>
        Breaks(Set(K.FiscalSummary, R.收入总计, C.决算数, 7_138.32m), "T04-3", Severity.RoundingNote);

    [Fact, Raises("T04-4")]
    public void ATable04RowWhoseTotalIsNotTheSumOfItsFundColumnsIsAnError() =>
        Breaks(Add(K.FiscalSummary, "206", C.合计, 1m), "T04-4");

    [Fact, Raises("T04-5")]
    public void FiscalMoneyMovedBetweenFundTypesIsAWarning()
    {
        var (moved, cell) = Add(K.FiscalSummary, R.本年支出合计, C.一般公共预算财政拨款, -1m);
        var (edited, fundCell) = Set(K.FiscalSummary, R.本年支出合计, C.政府性基金预算财政拨款, 1m, moved);
        var finding = SampleUnit.Breaks(edited, "T04-5", Severity.Warning, cell, fundCell);
        Assert.Contains("年初一般公共预算财政拨款 0.00 万元 + 一般公共预算财政拨款 7,138.31 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("T04-6")]
    public void AFundColumnOfTable04ThatIsNotTheSumOfItsClassesIsAnError() =>
        Breaks(Add(K.FiscalSummary, "206", C.一般公共预算财政拨款, 1m), "T04-6");

    [Fact, Raises("T05-1")]
    public void Table05ProjectTotalThatIsNotTheSumOfItsItemsIsAnError() =>
        Breaks(Add(K.GeneralBudget, R.合计, C.项目支出, 1m), "T05-1");

    [Fact, Raises("T06-1")]
    public void AnEconomicClassThatIsNotTheSumOfItsSectionsIsAnError() =>
        Breaks(Add(K.GeneralBudgetBasic, "30101", C.决算数, 1m), "T06-1");

    [Fact, Raises("T06-2")]
    public void PersonnelCostThatIsNot301Plus303IsAnError() =>
        Breaks(Add(K.GeneralBudgetBasic, R.人员经费合计, C.决算数, 1m), "T06-2");

    [Fact, Raises("T07-1")]
    public void AFundTableThatDoesNotBalanceIsAnError()
    {
        var finding = Breaks(Set(K.GovernmentFund, R.合计, C.年初结转和结余, 1m), "T07-1");
        Assert.StartsWith("政府性基金、国有资本经营预算财政拨款收入支出决算表应相加且收支平衡：公开07表 年初结转和结余合计 1.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("T09-1")]
    public void AThreePublicTotalThatIsNotTheSumOfItsThreeItemsIsAnError() =>
        Breaks(Add(K.ThreePublic, R.决算数, C.因公出国费, 1m), "T09-1");

    [Fact, Raises("T09-2")]
    public void AVehicleSubtotalThatIsNotPurchasePlusRunningIsAnError() =>
        Breaks(Add(K.ThreePublic, R.决算数, C.公务用车运行费, 1m), "T09-2");
}
