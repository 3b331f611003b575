using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Tables;

/// <summary>T04-*: 财政拨款收入支出决算总表 adds up, by fund type too.</summary>
internal static class FiscalSummaryRules
{
    private static readonly string[] Funds = [C.一般公共预算财政拨款, C.政府性基金预算财政拨款, C.国有资本经营预算财政拨款];
    private static readonly string[] IncomeRows = [R.一般公共预算财政拨款, R.政府性基金预算财政拨款, R.国有资本经营预算财政拨款];
    private static readonly string[] OpeningRows = [R.年初一般公共预算财政拨款, R.年初政府性基金预算财政拨款, R.年初国有资本经营预算财政拨款];

    private static TableView T04(ValidationContext c) => c.Table(TableKind.FiscalSummary);

    public static readonly IValidationRule IncomeTotal = new IdentityRule(
        new("T04-1", Severity.Error, "财政拨款收入支出决算总表本年收入合计应等于三类财政拨款收入之和：{0}",
            "公开04表 本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营"),
        c => [TableIdentities.ColumnSum(T04(c), R.本年收入合计, IncomeRows)]);

    public static readonly IValidationRule OpeningTotal = new IdentityRule(
        new("T04-2", Severity.Error, "年初财政拨款结转和结余应等于其三个分项之和：{0}", "公开04表 年初财政拨款结转和结余 = Σ 三个分项"),
        c => [TableIdentities.ColumnSum(T04(c), R.年初财政拨款结转和结余, OpeningRows)]);

    public static readonly IValidationRule GrandTotals = new IdentityRule(
        new("T04-3", Severity.Error, "财政拨款收入支出决算总表总计不平：{0}",
            "公开04表 收入总计 = 本年收入合计 + 年初；支出总计 = 本年支出合计 + 年末；收入总计 = 支出总计"),
        c =>
        {
            var t = T04(c);
            return
            [
                TableIdentities.ColumnSum(t, R.收入总计, [R.本年收入合计, R.年初财政拨款结转和结余]),
                TableIdentities.ColumnSum(t, R.支出总计, [R.本年支出合计, R.年末财政拨款结转和结余], C.合计),
                Identity.Equal(t.At(R.收入总计, C.决算数), t.At(R.支出总计, C.合计), t.Key(R.收入总计, C.决算数)),
            ];
        });

    public static readonly IValidationRule FundColumns = new IdentityRule(
        new("T04-4", Severity.Error, "财政拨款支出各行合计应等于三类财政拨款之和：{0}",
            "公开04表 每个支出行 合计 = 一般公共预算 + 政府性基金 + 国有资本经营"),
        c =>
        {
            var t = T04(c);
            var rows = t.Coded.Select(r => r.Key).Concat([R.本年支出合计, R.年末财政拨款结转和结余, R.支出总计]);
            return TableIdentities.RowSums(t, C.合计, Funds, rows);
        });

    public static readonly IValidationRule FundBalance = new IdentityRule(
        new("T04-5", Severity.Warning, "财政拨款资金不能在不同预算之间调剂，年初 + 本年收入应等于本年支出 + 年末（公开表不反映调整，请核实）：{0}",
            "公开04表 每类资金：年初 + 本年收入 = 本年支出 + 年末（警告）"),
        c =>
        {
            var t = T04(c);
            return Funds.Select((fund, i) => new Identity(
                [t.At(OpeningRows[i], C.决算数), t.At(IncomeRows[i], C.决算数)], Relation.Equal,
                [t.At(R.本年支出合计, fund), t.At(R.年末财政拨款结转和结余, fund)], t.Key(R.本年支出合计, fund)));
        });

    public static readonly IValidationRule ClassTotals = new IdentityRule(
        new("T04-6", Severity.Error, "财政拨款支出本年支出合计应等于各功能分类类级支出之和：{0}",
            "公开04表 每列 本年支出合计 = Σ 功能分类 类 行（类未列出时不查）"),
        c => new[] { C.合计 }.Concat(Funds).SelectMany(col => TableIdentities.ClassTotal(T04(c), R.本年支出合计, col)));
}
