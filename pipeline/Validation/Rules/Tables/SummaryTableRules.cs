using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Tables;

/// <summary>T01-*: 收入支出决算总表 (公开01表) adds up.</summary>
internal static class SummaryTableRules
{
    private static TableView T01(ValidationContext c) => c.Table(TableKind.IncomeExpenditureSummary);

    public static readonly IValidationRule IncomeTotal = new IdentityRule(
        new("T01-1", Severity.Error, "收入支出决算总表本年收入合计应等于八项收入之和：{0}", "公开01表 本年收入合计 = 一 + 二 + … + 八（八项收入）"),
        c => [TableIdentities.ColumnSum(T01(c), R.本年收入合计,
            [R.一般公共预算财政拨款收入, R.政府性基金预算财政拨款收入, R.国有资本经营预算财政拨款收入, R.上级补助收入,
             R.事业收入, R.经营收入, R.附属单位上缴收入, R.其他收入])]);

    public static readonly IValidationRule ExpenditureTotal = new IdentityRule(
        new("T01-2", Severity.Error, "收入支出决算总表本年支出合计应等于各功能分类类级支出之和：{0}", "公开01表 本年支出合计 = Σ 功能分类 类 行"),
        c => TableIdentities.ClassTotal(T01(c), R.本年支出合计, C.决算数));

    public static readonly IValidationRule IncomeGrandTotal = new IdentityRule(
        new("T01-3", Severity.Error, "收入支出决算总表收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和：{0}",
            "公开01表 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余"),
        c => [TableIdentities.ColumnSum(T01(c), R.收入总计, [R.本年收入合计, R.使用非财政拨款结余, R.年初结转和结余])]);

    public static readonly IValidationRule ExpenditureGrandTotal = new IdentityRule(
        new("T01-4", Severity.Error, "收入支出决算总表支出总计应等于本年支出合计、结余分配与年末结转和结余之和：{0}",
            "公开01表 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余"),
        c => [TableIdentities.ColumnSum(T01(c), R.支出总计, [R.本年支出合计, R.结余分配, R.年末结转和结余])]);

    public static readonly IValidationRule Balanced = new IdentityRule(
        new("T01-5", Severity.Error, "收入支出决算总表收入总计应等于支出总计：{0}", "公开01表 收入总计 = 支出总计"),
        c => [TableIdentities.ColumnSum(T01(c), R.收入总计, [R.支出总计])]);
}
