using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.CrossTable;

/// <summary>X-07, X-08: 公开04表's 政府性基金 / 国有资本经营 column and rows agree with that fund's own table.</summary>
internal static class FundTableAgreementRules
{
    public static readonly IValidationRule GovernmentFund = Rule(
        new("X-07", Severity.Error, "财政拨款收入支出决算总表政府性基金部分与政府性基金预算财政拨款收入支出决算表不一致：{0}",
            "公开04表 政府性基金列（每个类、本年支出合计）、收入二、年初/年末（基金）= 政府性基金表本年支出、本年收入、年初/年末"),
        TableKind.GovernmentFund, C.政府性基金预算财政拨款, R.政府性基金预算财政拨款, R.年初政府性基金预算财政拨款);

    public static readonly IValidationRule StateCapital = Rule(
        new("X-08", Severity.Error, "财政拨款收入支出决算总表国有资本经营部分与国有资本经营预算财政拨款收入支出决算表不一致：{0}",
            "公开04表 国有资本经营列、收入三、年初/年末（国资）= 国有资本经营表对应数"),
        TableKind.StateCapital, C.国有资本经营预算财政拨款, R.国有资本经营预算财政拨款, R.年初国有资本经营预算财政拨款);

    private static IdentityRule Rule(RuleInfo info, TableKind fund, string column, string incomeRow, string openingRow) => new(info, c =>
    {
        var t04 = c.Table(TableKind.FiscalSummary);
        var ft = c.Table(fund);
        return TableIdentities.TotalAndClasses(t04, R.本年支出合计, column, ft, R.合计, C.本年支出合计).Concat(
        [
            Identity.Equal(t04.At(incomeRow, C.决算数), ft.At(R.合计, C.本年收入), t04.Key(incomeRow, C.决算数)),
            Identity.Equal(t04.At(openingRow, C.决算数), ft.At(R.合计, C.年初结转和结余), t04.Key(openingRow, C.决算数)),
            Identity.Equal(t04.At(R.年末财政拨款结转和结余, column), ft.At(R.合计, C.年末结转和结余), t04.Key(R.年末财政拨款结转和结余, column)),
        ]);
    });
}
