using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using P = JuneBudget.Format.PriorYearFields;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Plausibility;

/// <summary>W-01, W-03, W-04 (validation-rules.md B4): figures that are possible but worth a second look.</summary>
internal static class PlausibilityRules
{
    public static readonly IValidationRule ProcurementAboveExpenditure = new IdentityRule(
        new("W-01", Severity.Warning, "政府采购支出总额超过本年支出合计（按合同口径可能超过，请核实）：{0}", "政府采购支出总额 ≤ 公开01表 本年支出合计（警告）"),
        c => [Identity.AtMost(Term.Money(SheetNames.其他事项, "政府采购支出总额", c.Current.Other.ProcurementTotal),
            c.Table(TableKind.IncomeExpenditureSummary).At(R.本年支出合计, C.决算数), "W-01")]);

    public static readonly IValidationRule PriorFiguresDisagree = new IdentityRule(
        new("W-03", Severity.Warning, "上年的数字彼此不一致，同比说明会引用互相矛盾的上年数，请核对：{0}",
            "上年数之间：收入总计 = 支出总计；财政拨款收入总计 = 支出总计 = 一般公共预算支出 + 年末一般公共预算结转 + 基金、国资收入总计；三公合计 = 三项之和；Σ 一般公共预算项 = 一般公共预算支出（警告）"),
        c => c.UnitYear.Prior is { } prior ? PriorIdentities(prior, fromSheet: c.Previous is null) : []);

    /// <summary>Totals of the 上年数 sheet and their parts (checked when every figure is on the sheet), with the key naming the check.</summary>
    private static readonly (string Total, string[] Parts, string Check)[] PriorSums =
    [
        (P.收入总计, [P.支出总计], "收支总计"),
        (P.财政拨款收入总计, [P.财政拨款支出总计], "财政拨款总计"),
        (P.财政拨款支出总计, [P.一般公共预算财政拨款支出, P.年末一般公共预算结转, P.政府性基金收入总计, P.国有资本经营收入总计], "财政拨款构成"),
        (P.三公经费合计, [P.因公出国费, P.公务用车购置及运行费, P.公务接待费], "三公合计"),
        (P.公务用车购置及运行费, [P.公务用车购置费, P.公务用车运行费], "公务用车"),
    ];

    /// <param name="fromSheet">True when the figures are this workbook's 上年数 sheet (no last year's workbook is paired).</param>
    private static IEnumerable<Identity> PriorIdentities(PriorYearFigures prior, bool fromSheet)
    {
        // Say where the figures came from: this workbook's 上年数 sheet, or last year's workbook (its cells are listed).
        var where = fromSheet ? SheetNames.上年数 + "工作表" : "上年工作簿";
        Term? F(string key) => prior.Figures.TryGetValue(key, out var a) ? Term.Money(where, key, a) : null;
        foreach (var (key, parts, check) in PriorSums)
        {
            // A figure left blank (or its row absent) is 未填报: the sum is not checked.
            var terms = parts.Select(F).ToList();
            if (F(key) is { } total && terms.All(t => t is not null)) yield return Identity.Equal(total, terms!, $"{SheetNames.上年数}/{check}");
        }
        if (prior.GeneralBudgetItems.Any(i => i.IsItem) && F(P.一般公共预算财政拨款支出) is { } general)
        {
            yield return Identity.Equal(general, prior.GeneralBudgetItems.Where(i => i.IsItem).Select(item => Term.Money(where, $"{item.Code} {item.Name}", item.Amount)),
                $"{SheetNames.上年数}/一般公共预算项");
        }
    }

    public static readonly IValidationRule OperatingCostForInstitution = new IdentityRule(
        new("W-04", Severity.Warning, "单位均为事业单位，却填写了机关运行经费（机关运行经费仅指行政单位和参公单位）：{0}",
            "仅有事业单位时 机关运行经费 = 0（警告）"),
        c => c.IsInstitutionalOnly
            ? [Identity.AtMost(Term.Money(SheetNames.其他事项, "机关运行经费", c.Current.Other.OperatingCost), Term.Constant("应为", 0m, Term.WanYuan), "W-04")]
            : []);
}
