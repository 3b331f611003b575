using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>E-01, E-04, E-05, E-06, E-08: the arithmetic of the 项目支出绩效自评表 and of 预算绩效.</summary>
internal static class SelfEvaluationRules
{
    private static IEnumerable<ProjectEvaluation> Projects(ValidationContext c) => c.Current.Projects;

    public static readonly IValidationRule FundingTotal = new IdentityRule(
        new("E-01", Severity.Error, "自评表年度资金总额应等于当年财政拨款、上年结转资金与其他资金之和：{0}",
            "自评表 每列（年初预算数、全年预算数、全年执行数）年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金"),
        c => Projects(c).SelectMany(p => ProjectTerms.Columns.Select(col => Identity.Equal(
            ProjectTerms.Funding(p, "年度资金总额", p.Total, col),
            [ProjectTerms.Funding(p, "当年财政拨款", p.CurrentAppropriation, col),
             ProjectTerms.Funding(p, "上年结转资金", p.CarriedOver, col),
             ProjectTerms.Funding(p, "其他资金", p.Other, col)],
            ProjectTerms.Key(p, col.Name)))));

    public static readonly IValidationRule ScoreWithinWeight = new IdentityRule(
        new("E-04", Severity.Error, "自评表得分不应超过分值：{0}", "自评表 资金得分及每个指标得分 ≤ 分值"),
        c => Projects(c).SelectMany(p => p.Indicators
            .Select(i => Identity.AtMost(ProjectTerms.Indicator(p, i, "得分", i.Score), ProjectTerms.Indicator(p, i, "分值", i.Weight),
                ProjectTerms.Key(p, i.Level3)))
            .Prepend(Identity.AtMost(Term.Count(ProjectTerms.Where(p), "资金得分", p.FundingScore),
                Term.Count(ProjectTerms.Where(p), "资金分值", p.FundingWeight), ProjectTerms.Key(p, "资金得分")))));

    public static readonly IValidationRule WeightsTotal = new IdentityRule(
        new("E-05", Severity.Error, "自评表分值合计应为 100：{0}", "自评表 资金分值 + Σ 指标分值 = 100"),
        c => Projects(c).Select(p => Identity.Equal(Term.Constant("满分", 100m),
            [Term.Count(ProjectTerms.Where(p), "资金分值", p.FundingWeight),
             Term.Aggregate(ProjectTerms.Where(p), "各指标分值之和", p.Indicators.Select(i => ProjectTerms.Indicator(p, i, "分值", i.Weight)), "")],
            ProjectTerms.Key(p, "分值"))));

    public static readonly IValidationRule TotalScore = new IdentityRule(
        new("E-06", Severity.Error, "自评表总分应等于各项得分之和：{0}", "自评表 总分 = 资金得分 + Σ 指标得分"),
        c => Projects(c).Select(p => Identity.Equal(Term.Count(ProjectTerms.Where(p), "总分", p.TotalScore),
            [Term.Count(ProjectTerms.Where(p), "资金得分", p.FundingScore),
             Term.Aggregate(ProjectTerms.Where(p), "各指标得分之和", p.Indicators.Select(i => ProjectTerms.Indicator(p, i, "得分", i.Score)), "")],
            ProjectTerms.Key(p, "总分"))));

    public static readonly IValidationRule PerformanceTotals = new IdentityRule(
        new("E-08", Severity.Error, "预算绩效情况的项目数和金额应等于所附自评表与其他需说明事项之和：{0}",
            "预算绩效 项目数、全年预算数、全年执行数 = 所附自评表之和 + 其他需说明的事项"),
        c =>
        {
            var perf = c.Current.Performance;
            const string where = "预算绩效";
            var projects = Projects(c).ToList();
            Term Sum(string label, Func<ProjectEvaluation, Amount> pick) =>
                Term.Aggregate("自评表", label, projects.Select(p => Term.Money(ProjectTerms.Where(p), label, pick(p))), Term.WanYuan);
            return
            [
                Identity.Equal(Term.Count(where, "评价项目数", perf.ProjectCount, "个"),
                    [new Term("", "所附自评表", projects.Count, "个", [.. projects.Select(p => p.Source)]),
                     Term.Count("其他需说明的事项", "项目数", perf.OtherCount, "个")], "预算绩效/项目数"),
                Identity.Equal(Term.Money(where, "全年预算数", perf.Budget),
                    [Sum("全年预算数之和", p => p.Total.FullYearBudget), Term.Money("其他需说明的事项", "全年预算数", perf.OtherBudget)], "预算绩效/全年预算数"),
                Identity.Equal(Term.Money(where, "全年执行数", perf.Executed),
                    [Sum("全年执行数之和", p => p.Total.Executed), Term.Money("其他需说明的事项", "全年执行数", perf.OtherExecuted)], "预算绩效/全年执行数"),
            ];
        });
}
