using JuneBudget.Model;
using JuneBudget.Tests.Support;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>B2: each between-tables rule, raised by one broken figure of the sample.</summary>
public sealed class CrossTableRuleTests
{
    [Fact, Raises("X-01")]
    public void Table02IncomeTotalThatDiffersFromTable01IsAnError() =>
        Breaks(Add(K.Income, R.合计, C.本年收入合计, 10m), "X-01");

    [Fact, Raises("X-02")]
    public void AnIncomeKindOfTable02ThatDiffersFromTable01IsAnError() =>
        Breaks(Set(K.Income, R.合计, C.上级补助收入, 1m), "X-02");

    [Fact, Raises("X-03")]
    public void Table03ExpenditureTotalThatDiffersFromTable01IsAnError() =>
        Breaks(Add(K.Expenditure, R.合计, C.本年支出合计, 1m), "X-03");

    [Fact, Raises("X-04")]
    public void FiscalExpenditureAboveTotalExpenditureIsAnError() =>
        Breaks(Set(K.FiscalSummary, R.本年支出合计, C.合计, 7_200m), "X-04");

    [Fact, Raises("X-05")]
    public void FiscalYearEndBalanceAboveTheTotalYearEndBalanceIsAnError() =>
        Breaks(Set(K.FiscalSummary, R.年末财政拨款结转和结余, C.合计, 5m), "X-05");

    [Fact, Raises("X-06")]
    public void Table04GeneralBudgetColumnThatDiffersFromTable05IsAnError() =>
        Breaks(Add(K.GeneralBudget, "206", C.合计, 1m), "X-06");

    [Fact, Raises("X-07")]
    public void Table04GovernmentFundIncomeThatDiffersFromTheFundTableIsAnError()
    {
        var finding = Breaks(Set(K.GovernmentFund, R.合计, C.本年收入, 1m), "X-07");
        Assert.Contains("公开04表 政府性基金预算财政拨款 0.00 万元 ≠ 公开07表 本年收入合计 1.00 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("X-08")]
    public void Table04StateCapitalIncomeThatDiffersFromTheStateCapitalTableIsAnError() =>
        Breaks(Set(K.StateCapital, R.合计, C.本年收入, 1m), "X-08");

    [Fact, Raises("X-09")]
    public void GeneralBudgetBasicExpenditureAboveAllBasicExpenditureIsAnError()
    {
        var finding = Breaks(Set(K.Expenditure, R.合计, C.基本支出, 1_000m), "X-09");
        // 05 基本支出合计 1,894.78 against 03's 1,000.00: the message says by how much.
        Assert.EndsWith("> 公开03表 基本支出合计 1,000.00 万元，超出 894.78 万元", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("X-10")]
    public void BasicExpenditureThatIsNotPersonnelPlusPublicCostIsAnError() =>
        Breaks(Add(K.GeneralBudget, R.合计, C.基本支出, 1m), "X-10");

    [Fact, Raises("X-11")]
    public void ThreePublicAboveFiscalExpenditureIsAnError() =>
        Breaks(Set(K.ThreePublic, R.决算数, C.三公合计, 8_000m), "X-11");

    [Fact, Raises("X-12")]
    public void BasicTripCostAboveTheThreePublicTripCostIsAnError()
    {
        var finding = Breaks(Set(K.GeneralBudgetBasic, "30212", C.决算数, 2m), "X-12");
        Assert.Equal(1.56m, finding.Expected);
        Assert.Equal(2m, finding.Actual);
    }
}
