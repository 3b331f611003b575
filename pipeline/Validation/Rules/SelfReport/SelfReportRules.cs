using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using F = JuneBudget.Format.SelfReportFields;
using R = JuneBudget.Format.RowKeys;
using W = JuneBudget.Format.WorkbookFields;

namespace JuneBudget.Validation.Rules.SelfReport;

/// <summary>
/// G-01 … G-08: the figures of the 部门整体支出绩效自评报告 (sheets 整体自评, 整体自评-项目,
/// 整体自评-指标), against each other and against the 公开表 and 人员情况 where those hold the same
/// figure. A workbook without them has no such document and no finding here.
/// </summary>
internal static class SelfReportRules
{
    private const string Sheet = "整体自评";
    private const string Projects = "整体自评-项目";
    private const string Indicators = "整体自评-指标";

    private static IEnumerable<SelfReportInput> Input(ValidationContext c) => c.Current.SelfReport is { } s ? [s] : [];

    public static readonly IValidationRule FullYearBudget = new IdentityRule(
        new("G-01", Severity.Error, "整体自评的全年预算应等于年初批复预算减调减加调增：{0}",
            "整体自评 全年预算（人员经费 + 公用经费 + 项目支出）= 年初批复预算（基本 + 项目）− 年中调减 + 年中调增"),
        c => Input(c).Select(s => Identity.Equal(
            Term.Aggregate(Sheet, "全年预算（人员经费 + 公用经费 + 项目支出）",
                [Term.Money(Sheet, F.全年预算人员经费, s.BudgetPersonnel), Term.Money(Sheet, F.全年预算公用经费, s.BudgetPublic),
                 Term.Money(Sheet, F.全年预算项目支出, s.BudgetProject)], Term.WanYuan),
            [Term.Money(Sheet, F.年初预算基本支出, s.InitialBasic), Term.Money(Sheet, F.年初预算项目支出, s.InitialProject),
             new Term(Sheet, F.年中调减 + "（减）", -s.Decrease.Value, Term.WanYuan, s.Decrease.Source is { } d ? [d] : []),
             Term.Money(Sheet, F.年中调增, s.Increase)],
            "整体自评/全年预算")));

    public static readonly IValidationRule ExecutedWithinBudget = new IdentityRule(
        new("G-02", Severity.Error, "整体自评的执行数不应超过全年预算：{0}",
            "公开03表 基本支出 ≤ 整体自评 人员经费 + 公用经费；公开03表 项目支出 ≤ 整体自评 项目支出全年预算；每个项目 执行金额 ≤ 预算金额"),
        c => Input(c).SelectMany(s =>
        {
            var spending = c.Table(TableKind.Expenditure);
            return new[]
            {
                Identity.AtMost(spending.At(R.合计, C.基本支出), Term.Aggregate(Sheet, "基本支出全年预算（人员经费 + 公用经费）",
                    [Term.Money(Sheet, F.全年预算人员经费, s.BudgetPersonnel), Term.Money(Sheet, F.全年预算公用经费, s.BudgetPublic)], Term.WanYuan),
                    "整体自评/基本支出执行"),
                Identity.AtMost(spending.At(R.合计, C.项目支出), Term.Money(Sheet, F.全年预算项目支出, s.BudgetProject), "整体自评/项目支出执行"),
            }.Concat(s.Projects.Select(p => Identity.AtMost(Term.Money(Projects, $"“{p.Name}”执行金额", p.Executed),
                Term.Money(Projects, $"“{p.Name}”预算金额", p.Budget), $"整体自评/项目/{p.Name}")));
        }));

    public static readonly IValidationRule ScoreWithinWeight = new IdentityRule(
        new("G-03", Severity.Error, "整体绩效指标的自评得分不应超过权重分值：{0}", "整体自评-指标 每个指标 自评得分 ≤ 权重分值"),
        c => Input(c).SelectMany(s => s.Indicators.Select(i => Identity.AtMost(
            Term.Count(Indicators, $"“{i.Name}”自评得分", i.Score, "分"), Term.Count(Indicators, $"“{i.Name}”权重分值", i.Weight, "分"),
            $"整体自评/指标/{i.Name}"))));

    public static readonly IValidationRule WeightsTotal = new IdentityRule(
        new("G-04", Severity.Error, "整体绩效指标的权重分值合计应为 100：{0}", "整体自评 预算执行率权重分值 + Σ 指标权重分值 = 100"),
        c => Input(c).Select(s => Identity.Equal(Term.Constant("满分", 100m, "分"),
            [Term.Count(Sheet, F.执行率权重, s.ExecutionWeight, "分"),
             Term.Aggregate(Indicators, "各指标权重分值之和", s.Indicators.Select(i => Term.Count(Indicators, i.Name, i.Weight, "分")), "分")],
            "整体自评/权重")));

    public static readonly IValidationRule TotalScore = new IdentityRule(
        new("G-05", Severity.Error, "整体自评综合得分不应超过 100：{0}", "整体自评 预算执行率得分（分值 × 执行率）+ Σ 自评得分 ≤ 100"),
        c => Input(c).Select(s =>
        {
            // The report's own computation (SelfReportScore): 分值 × 执行数 ÷ 调整后全年预算 + Σ 自评得分.
            var (basic, project) = SelfReportScore.Executed(c.Current);
            var rate = SelfReportScore.Rate(basic + project, SelfReportScore.FullYear(s));
            var total = SelfReportScore.Total(s, SelfReportScore.ExecutionScore(s.ExecutionWeight, rate)).Value;
            SourceRef?[] cells = [s.ExecutionWeight.Source, .. s.Indicators.Select(i => i.Score.Source)];
            return Identity.AtMost(new Term(Sheet, "综合得分（预算执行率得分 + 各指标自评得分）", Math.Round(total, 2, MidpointRounding.AwayFromZero), "分",
                [.. cells.OfType<SourceRef>()]), Term.Constant("满分", 100m, "分"), "整体自评/综合得分");
        }));

    public static readonly IValidationRule ProjectsAgree = new IdentityRule(
        new("G-06", Severity.Error, "整体自评各项目执行金额之和应等于支出决算表的项目支出：{0}",
            "整体自评-项目 Σ 执行金额 = 公开03表 合计.项目支出（基本支出直接取自公开03表）"),
        c => Input(c).Select(s => Identity.Equal(c.Table(TableKind.Expenditure).At(R.合计, C.项目支出),
            [Term.Aggregate(Projects, "各项目执行金额之和", s.Projects.Select(p => Term.Money(Projects, p.Name, p.Executed)), Term.WanYuan)],
            "整体自评/项目执行")));

    /// <summary>
    /// 执行 by 人员经费 and 公用经费 is not asked for twice: 公开06表 holds it (its 合计 rows). That table
    /// covers the 一般公共预算财政拨款 part of 基本支出 only, so its figures are at most the unit's whole
    /// 执行 by line, which must not exceed the line's 全年预算: the check holds for every unit.
    /// </summary>
    public static readonly IValidationRule BasicLinesWithinBudget = new IdentityRule(
        new("G-07", Severity.Error, "基本支出的人员经费、公用经费执行数（公开06表）不应超过整体自评的全年预算：{0}",
            "公开06表 人员经费合计 ≤ 整体自评 全年预算人员经费；公开06表 公用经费合计 ≤ 整体自评 全年预算公用经费"),
        c => Input(c).SelectMany(s =>
        {
            var basic = c.Table(TableKind.GeneralBudgetBasic);
            return new[]
            {
                Identity.AtMost(basic.At(R.人员经费合计, C.决算数), Term.Money(Sheet, F.全年预算人员经费, s.BudgetPersonnel), "整体自评/人员经费执行"),
                Identity.AtMost(basic.At(R.公用经费合计, C.决算数), Term.Money(Sheet, F.全年预算公用经费, s.BudgetPublic), "整体自评/公用经费执行"),
            };
        }));

    /// <summary>
    /// 在职 by 行政/事业 is in 人员情况 too (其中：行政编制 / 事业编制 of 在职人员, this year); where both sheets
    /// state it they must agree. 编制 (posts) and 雇员 are in 整体自评 only: nothing to compare.
    /// </summary>
    public static readonly IValidationRule StaffAgrees = new IdentityRule(
        new("G-08", Severity.Error, "整体自评的在职人数应与人员情况一致：{0}",
            "整体自评 行政在职 = 人员情况 在职人员其中行政编制；事业在职 = 事业编制（本年，两处都填写时）"),
        c => Input(c).SelectMany(s =>
        {
            var staff = c.Current.Profile.Staff;
            return new[]
            {
                (Sheet: s.AdministrativeStaff, Profile: staff.Administrative, SheetLabel: F.行政在职, ProfileLabel: W.在职行政),
                (Sheet: s.InstitutionalStaff, Profile: staff.Institutional, SheetLabel: F.事业在职, ProfileLabel: W.在职事业),
            }
            .Where(p => p.Profile is not null)
            .Select(p => Identity.Equal(Term.Count(Sheet, p.SheetLabel, p.Sheet, "人"),
                [Term.Count(SheetNames.人员情况, "本年在职人员" + p.ProfileLabel, p.Profile!, "人")], $"整体自评/{p.SheetLabel}"));
        }));
}
