using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Tables;

/// <summary>T06-*, T07-1, T09-*: 基本支出 by economic class, the fund tables and 三公.</summary>
internal static class BasicAndFundRules
{
    public static readonly IValidationRule EconomicHierarchy = new IdentityRule(
        new("T06-1", Severity.Error, "基本支出决算表经济分类类级应等于其款级之和：{0}", "公开06表 301 = Σ301xx，302 = Σ302xx，303、310 等同"),
        c => TableIdentities.Hierarchy(c.Table(TableKind.GeneralBudgetBasic), [C.决算数]));

    public static readonly IValidationRule PersonnelAndPublic = new IdentityRule(
        new("T06-2", Severity.Error, "人员经费合计应为301、303类之和，公用经费合计应为其余各类之和：{0}",
            "公开06表 人员经费合计 = 301 + 303；公用经费合计 = 302 + 310（及307、309、399）"),
        c =>
        {
            var t = c.Table(TableKind.GeneralBudgetBasic);
            if (!t.Classes.Any()) return [];
            var personnel = t.Classes.Where(r => EconomicClasses.IsPersonnel(r.Key)).Select(r => r.Key);
            var other = t.Classes.Where(r => !EconomicClasses.IsPersonnel(r.Key)).Select(r => r.Key);
            return [TableIdentities.ColumnSum(t, R.人员经费合计, personnel), TableIdentities.ColumnSum(t, R.公用经费合计, other)];
        });

    public static readonly IValidationRule FundTables = new IdentityRule(
        new("T07-1", Severity.Error, "政府性基金、国有资本经营预算财政拨款收入支出决算表应相加且收支平衡：{0}",
            "政府性基金、国有资本经营预算财政拨款收入支出决算表（表号随公开格式，2024 格式为公开07/08表）每行 本年支出 = 基本 + 项目；合计行 年初 + 本年收入 = 本年支出 + 年末；类 = Σ款 = Σ项"),
        c => new[] { TableKind.GovernmentFund, TableKind.StateCapital }.SelectMany(kind => FundTable(c.Table(kind))));

    private static IEnumerable<Identity> FundTable(TableView t) =>
        TableIdentities.RowSums(t, C.本年支出合计, [C.基本支出, C.项目支出])
            .Append(new Identity([t.At(R.合计, C.年初结转和结余), t.At(R.合计, C.本年收入)], Relation.Equal,
                [t.At(R.合计, C.本年支出合计), t.At(R.合计, C.年末结转和结余)], t.Key(R.合计, C.年末结转和结余)))
            .Concat(TableIdentities.Hierarchy(t, [C.年初结转和结余, C.本年收入, C.本年支出合计, C.基本支出, C.项目支出, C.年末结转和结余]));

    private static readonly string[] ThreePublicRows = [R.预算数, R.决算数];

    public static readonly IValidationRule ThreePublicTotal = new IdentityRule(
        new("T09-1", Severity.Error, "“三公”经费合计应等于三项之和：{0}", "财政拨款“三公”经费支出决算表（表号随公开格式，2024 格式为公开09表）预算数、决算数分别：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费"),
        c => TableIdentities.RowSums(c.Table(TableKind.ThreePublic), C.三公合计, [C.因公出国费, C.公务用车购置及运行费, C.公务接待费], ThreePublicRows));

    public static readonly IValidationRule VehicleSubtotal = new IdentityRule(
        new("T09-2", Severity.Error, "公务用车购置及运行费应等于购置费与运行费之和：{0}", "公开09表 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费"),
        c => TableIdentities.RowSums(c.Table(TableKind.ThreePublic), C.公务用车购置及运行费, [C.公务用车购置费, C.公务用车运行费], ThreePublicRows));
}
