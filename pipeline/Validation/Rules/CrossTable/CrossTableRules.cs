using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.CrossTable;

/// <summary>X-01 … … X-12: the tables agree with each other.</summary>
internal static class CrossTableRules
{
    private static readonly string[] FiscalIncome01 = [R.一般公共预算财政拨款收入, R.政府性基金预算财政拨款收入, R.国有资本经营预算财政拨款收入];

    public static readonly IValidationRule IncomeTotal = new IdentityRule(
        new("X-01", Severity.Error, "收入决算表与收入支出决算总表的本年收入合计不一致：{0}", "公开02表 合计.本年收入合计 = 公开01表 本年收入合计"),
        c => [Identity.Equal(c.Table(TableKind.Income).At(R.合计, C.本年收入合计),
            c.Table(TableKind.IncomeExpenditureSummary).At(R.本年收入合计, C.决算数), "X-01")]);

    public static readonly IValidationRule IncomeKinds = new IdentityRule(
        new("X-02", Severity.Error, "收入决算表、收入支出决算总表与财政拨款收入支出决算总表的分项收入不一致：{0}",
            "公开02表 财政拨款收入 = 公开01表 一+二+三 = 公开04表 本年收入合计；上级补助、事业、经营、附属单位上缴、其他收入 = 公开01表 四…八"),
        c =>
        {
            var t01 = c.Table(TableKind.IncomeExpenditureSummary);
            var t02 = c.Table(TableKind.Income);
            (string Column, string Row)[] others =
            [
                (C.上级补助收入, R.上级补助收入), (C.事业收入, R.事业收入), (C.经营收入, R.经营收入),
                (C.附属单位上缴收入, R.附属单位上缴收入), (C.其他收入, R.其他收入),
            ];
            return
            [
                Identity.Equal(t02.At(R.合计, C.财政拨款收入), t01.At(FiscalIncome01, C.决算数), t02.Key(R.合计, C.财政拨款收入)),
                Identity.Equal(c.Table(TableKind.FiscalSummary).At(R.本年收入合计, C.决算数), t01.At(FiscalIncome01, C.决算数),
                    c.Table(TableKind.FiscalSummary).Key(R.本年收入合计, C.决算数)),
                .. others.Select(o => Identity.Equal(t02.At(R.合计, o.Column), t01.At(o.Row, C.决算数), t02.Key(R.合计, o.Column))),
            ];
        });

    public static readonly IValidationRule ExpenditureTotal = new IdentityRule(
        new("X-03", Severity.Error, "支出决算表与收入支出决算总表的本年支出不一致：{0}", "公开03表 本年支出合计 = 公开01表 本年支出合计，每个类同"),
        c => TableIdentities.TotalAndClasses(c.Table(TableKind.Expenditure), R.合计, C.本年支出合计,
            c.Table(TableKind.IncomeExpenditureSummary), R.本年支出合计, C.决算数));

    public static readonly IValidationRule FiscalWithinTotal = new IdentityRule(
        new("X-04", Severity.Error, "财政拨款支出不应超过全部支出：{0}", "公开04表 本年支出合计 ≤ 公开01表 本年支出合计；每个类 公开04表 合计 ≤ 公开03表 本年支出合计"),
        c =>
        {
            var t04 = c.Table(TableKind.FiscalSummary);
            var t03 = c.Table(TableKind.Expenditure);
            return TableIdentities.SharedCodes(t04, t03, level: 1)
                .Select(code => Identity.AtMost(t04.At(code, C.合计), t03.At(code, C.本年支出合计), t04.Key(code, C.合计)))
                .Prepend(Identity.AtMost(t04.At(R.本年支出合计, C.合计), c.Table(TableKind.IncomeExpenditureSummary).At(R.本年支出合计, C.决算数),
                    t04.Key(R.本年支出合计, C.合计)));
        });

    public static readonly IValidationRule FiscalCarryOverWithinTotal = new IdentityRule(
        new("X-05", Severity.Error, "财政拨款结转和结余不应超过全部结转和结余：{0}",
            "公开04表 年初财政拨款结转和结余 ≤ 公开01表 年初结转和结余；年末同"),
        c =>
        {
            var t04 = c.Table(TableKind.FiscalSummary);
            var t01 = c.Table(TableKind.IncomeExpenditureSummary);
            return
            [
                Identity.AtMost(t04.At(R.年初财政拨款结转和结余, C.决算数), t01.At(R.年初结转和结余, C.决算数), t04.Key(R.年初财政拨款结转和结余, C.决算数)),
                Identity.AtMost(t04.At(R.年末财政拨款结转和结余, C.合计), t01.At(R.年末结转和结余, C.决算数), t04.Key(R.年末财政拨款结转和结余, C.合计)),
            ];
        });

    public static readonly IValidationRule GeneralBudgetColumn = new IdentityRule(
        new("X-06", Severity.Error, "财政拨款收入支出决算总表一般公共预算列与一般公共预算财政拨款支出决算表不一致：{0}",
            "公开04表 一般公共预算列 每个类及本年支出合计 = 公开05表 类 合计及合计行"),
        c => TableIdentities.TotalAndClasses(c.Table(TableKind.FiscalSummary), R.本年支出合计, C.一般公共预算财政拨款,
            c.Table(TableKind.GeneralBudget), R.合计, C.合计));

    public static readonly IValidationRule GeneralBudgetWithinExpenditure = new IdentityRule(
        new("X-09", Severity.Error, "一般公共预算财政拨款支出不应超过同一科目的全部支出：{0}",
            "公开05表 每行 基本支出 ≤ 公开03表 基本支出，项目支出 ≤ 公开03表 项目支出"),
        c =>
        {
            var t05 = c.Table(TableKind.GeneralBudget);
            var t03 = c.Table(TableKind.Expenditure);
            var rows = t05.Coded.Count == 0 || t03.Coded.Count == 0 ? [R.合计] : t05.Coded.Select(r => r.Key).Prepend(R.合计);
            return rows.SelectMany(row => new[] { C.基本支出, C.项目支出 }
                .Select(col => Identity.AtMost(t05.At(row, col), t03.At(row, col), t05.Key(row, col))));
        });

    public static readonly IValidationRule BasicEqualsPersonnelPlusPublic = new IdentityRule(
        new("X-10", Severity.Error, "一般公共预算财政拨款基本支出应等于人员经费与公用经费之和：{0}",
            "公开05表 合计.基本支出 = 公开06表 人员经费合计 + 公用经费合计"),
        c =>
        {
            var t06 = c.Table(TableKind.GeneralBudgetBasic);
            return [Identity.Equal(c.Table(TableKind.GeneralBudget).At(R.合计, C.基本支出),
                [t06.At(R.人员经费合计, C.决算数), t06.At(R.公用经费合计, C.决算数)], "X-10")];
        });

    public static readonly IValidationRule ThreePublicWithinFiscal = new IdentityRule(
        new("X-11", Severity.Error, "“三公”经费不应超过财政拨款支出：{0}", "公开09表 决算数 合计 ≤ 公开04表 本年支出合计"),
        c => [Identity.AtMost(c.Table(TableKind.ThreePublic).At(R.决算数, C.三公合计),
            c.Table(TableKind.FiscalSummary).At(R.本年支出合计, C.合计), "X-11")]);

    public static readonly IValidationRule BasicWithinThreePublic = new IdentityRule(
        new("X-12", Severity.Error, "基本支出中的“三公”科目不应超过“三公”经费决算数：{0}",
            "公开06表 30212 ≤ 因公出国（境）费，30217 ≤ 公务接待费，30231 ≤ 公务用车运行费，31013 ≤ 公务用车购置费（公开09表 决算数）"),
        c =>
        {
            var t06 = c.Table(TableKind.GeneralBudgetBasic);
            var t09 = c.Table(TableKind.ThreePublic);
            (string Code, string Column)[] pairs =
                [("30212", C.因公出国费), ("30217", C.公务接待费), ("30231", C.公务用车运行费), ("31013", C.公务用车购置费)];
            return pairs.Select(p => Identity.AtMost(t06.At(p.Code, C.决算数), t09.At(R.决算数, p.Column), t06.Key(p.Code, C.决算数)));
        });
}
