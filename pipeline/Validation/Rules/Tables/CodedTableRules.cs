using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;

namespace JuneBudget.Validation.Rules.Tables;

/// <summary>T02-*, T03-*, T05-1: the 科目 tables add up across columns and down the 类/款/项 hierarchy.</summary>
internal static class CodedTableRules
{
    private static readonly string[] IncomeParts = [C.财政拨款收入, C.上级补助收入, C.事业收入, C.经营收入, C.附属单位上缴收入, C.其他收入];
    private static readonly string[] ExpenditureParts = [C.基本支出, C.项目支出, C.上缴上级支出, C.经营支出, C.对附属单位补助支出];

    public static readonly IValidationRule IncomeRows = new IdentityRule(
        new("T02-1", Severity.Error, "收入决算表各行本年收入合计应等于六项收入之和：{0}",
            "公开02表 每行 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入"),
        c => TableIdentities.RowSums(c.Table(TableKind.Income), C.本年收入合计, IncomeParts));

    public static readonly IValidationRule IncomeHierarchy = new IdentityRule(
        new("T02-2", Severity.Error, "收入决算表类、款、项应逐级相加：{0}", "公开02表 每列 类 = Σ款，款 = Σ项，合计 = Σ类"),
        c => TableIdentities.Hierarchy(c.Table(TableKind.Income), [C.本年收入合计, .. IncomeParts]));

    public static readonly IValidationRule ExpenditureRows = new IdentityRule(
        new("T03-1", Severity.Error, "支出决算表各行本年支出合计应等于五项支出之和：{0}",
            "公开03表 每行 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出"),
        c => TableIdentities.RowSums(c.Table(TableKind.Expenditure), C.本年支出合计, ExpenditureParts));

    public static readonly IValidationRule ExpenditureHierarchy = new IdentityRule(
        new("T03-2", Severity.Error, "支出决算表类、款、项应逐级相加：{0}", "公开03表 每列 类 = Σ款，款 = Σ项，合计 = Σ类"),
        c => TableIdentities.Hierarchy(c.Table(TableKind.Expenditure), [C.本年支出合计, .. ExpenditureParts]));

    public static readonly IValidationRule GeneralBudget = new IdentityRule(
        new("T05-1", Severity.Error, "一般公共预算财政拨款支出决算表应横向、逐级相加：{0}",
            "公开05表 每行 合计 = 基本支出 + 项目支出；每列 类 = Σ款 = Σ项，合计 = Σ类"),
        c =>
        {
            var table = c.Table(TableKind.GeneralBudget);
            return TableIdentities.RowSums(table, C.合计, [C.基本支出, C.项目支出])
                .Concat(TableIdentities.Hierarchy(table, [C.合计, C.基本支出, C.项目支出]));
        });
}
