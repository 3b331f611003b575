using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Supplementary;

/// <summary>S-01 … S-05, S-09, S-10: 人员、政府采购、车辆、机关运行经费 as filled in the key–value sheets.</summary>
internal static class SupplementaryRules
{
    private const string Staff = SheetNames.人员情况;
    private const string Other = SheetNames.其他事项;

    public static readonly IValidationRule StaffTotal = new IdentityRule(
        new("S-01", Severity.Error, "实有人数应等于在职、离休、退休人员之和：{0}", "人员情况 实有人数 = 在职人员 + 离休人员 + 退休人员（本年及上年）"),
        c => StaffYears(c).Select(s => Identity.Equal(Term.Count(Staff, s.Year + "实有人数", s.Counts.Total, "人"),
            [Term.Count(Staff, "在职人员", s.Counts.Active, "人"), Term.Count(Staff, "离休人员", s.Counts.Veteran, "人"),
             Term.Count(Staff, "退休人员", s.Counts.Retired, "人")], $"{Staff}/{s.Year}/实有人数")));

    public static readonly IValidationRule ActiveStaff = new IdentityRule(
        new("S-02", Severity.Error, "在职人员应等于行政编制与事业编制之和：{0}", "人员情况 在职人员 = 行政编制 + 事业编制（两者都填写时）"),
        c => StaffYears(c)
            .Where(s => s.Counts.Administrative?.Source is not null && s.Counts.Institutional?.Source is not null)
            .Select(s => Identity.Equal(Term.Count(Staff, s.Year + "在职人员", s.Counts.Active, "人"),
                [Term.Count(Staff, "行政编制", s.Counts.Administrative!, "人"), Term.Count(Staff, "事业编制", s.Counts.Institutional!, "人")],
                $"{Staff}/{s.Year}/在职人员")));

    private static IEnumerable<(string Year, StaffCounts Counts)> StaffYears(ValidationContext c)
    {
        yield return ("本年", c.Current.Profile.Staff);
        if (c.Current.Profile.PriorStaff is { } prior) yield return ("上年", prior);
    }

    public static readonly IValidationRule ProcurementTotal = new IdentityRule(
        new("S-03", Severity.Error, "政府采购支出总额应等于货物、工程、服务支出之和：{0}", "政府采购支出总额 = 货物 + 工程 + 服务"),
        c =>
        {
            var o = c.Current.Other;
            return [Identity.Equal(Term.Money(Other, "政府采购支出总额", o.ProcurementTotal),
                [Term.Money(Other, "货物", o.ProcurementGoods), Term.Money(Other, "工程", o.ProcurementWorks), Term.Money(Other, "服务", o.ProcurementServices)],
                $"{Other}/政府采购支出总额")];
        });

    public static readonly IValidationRule ProcurementSmallEnterprises = new IdentityRule(
        new("S-04", Severity.Error, "授予小微企业合同金额不应超过授予中小企业合同金额，授予中小企业合同金额不应超过政府采购支出总额：{0}", "授予小微企业合同金额 ≤ 授予中小企业合同金额 ≤ 政府采购支出总额"),
        c =>
        {
            var o = c.Current.Other;
            var sme = Term.Money(Other, "授予中小企业合同金额", o.ProcurementSme);
            return
            [
                Identity.AtMost(Term.Money(Other, "授予小微企业合同金额", o.ProcurementMicro), sme, $"{Other}/授予小微企业合同金额"),
                Identity.AtMost(sme, Term.Money(Other, "政府采购支出总额", o.ProcurementTotal), $"{Other}/授予中小企业合同金额"),
            ];
        });

    public static readonly IValidationRule Vehicles = new IdentityRule(
        new("S-05", Severity.Error, "车辆数应等于八类车辆之和：{0}", "国有资产 车辆数 = 八类车辆之和（分类填写时）"),
        c =>
        {
            var o = c.Current.Other;
            if (o.VehiclesByCategory.All(v => v.Count.Source is null)) return [];
            return [Identity.Equal(Term.Count(Other, "车辆数", o.VehicleCount, "辆"),
                o.VehiclesByCategory.Select(v => Term.Count(Other, v.Category, v.Count, "辆")), $"{Other}/车辆数")];
        });

    public static readonly IValidationRule OperatingCost = new IdentityRule(
        new("S-09", Severity.Error, "机关运行经费与公用经费合计不符（仅有行政、参公单位时应相等，否则不应超过）：{0}",
            "机关运行经费 = 公开06表 公用经费合计（仅行政单位和参公单位时），否则 ≤ 公用经费合计"),
        c =>
        {
            var cost = Term.Money(Other, "机关运行经费", c.Current.Other.OperatingCost);
            var publicCost = c.Table(TableKind.GeneralBudgetBasic).At(R.公用经费合计, C.决算数);
            return [c.IsAdministrativeOnly ? Identity.Equal(cost, publicCost, $"{Other}/机关运行经费") : Identity.AtMost(cost, publicCost, $"{Other}/机关运行经费")];
        });

    public static readonly IValidationRule OperatingCostSplit = new IdentityRule(
        new("S-10", Severity.Error, "机关运行经费应等于行政（参公）单位与事业单位部分之和：{0}", "机关运行经费 = 行政和参公单位部分 + 事业单位部分（两者都填写时）"),
        c =>
        {
            var o = c.Current.Other;
            if (o.OperatingCostAdministrative?.Source is null || o.OperatingCostInstitutional?.Source is null) return [];
            return [Identity.Equal(Term.Money(Other, "机关运行经费", o.OperatingCost),
                [Term.Money(Other, "行政单位和参公单位", o.OperatingCostAdministrative), Term.Money(Other, "事业单位", o.OperatingCostInstitutional)],
                $"{Other}/机关运行经费分项")];
        });
}
