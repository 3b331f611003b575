using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>
/// E-09, E-10: each 资金 line of a 自评表 on its own. E-01 only checks that the lines add up, so money
/// executed on the wrong line (seed 000's 外地驻乌商会管理和服务费: 当年财政拨款 budgeted 0.64 and
/// executed 0, 其他资金 budgeted 0 and executed 0.64) passed. Each line's 执行率 is computed from its
/// figures (the format states only the overall one, which E-02 checks).
/// </summary>
internal sealed class FundingLineRule(RuleInfo info, Func<decimal, decimal, bool> breaks, Func<ProjectEvaluation, string, Amount, Amount, string> detail) : IValidationRule
{
    public RuleInfo Info { get; } = info;

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var p in context.Current.Projects)
        {
            foreach (var (name, line) in Lines(p))
            {
                if (!breaks(line.FullYearBudget.Value, line.Executed.Value)) continue;
                var cells = new[] { line.Executed.Source, line.FullYearBudget.Source }.OfType<SourceRef>().ToList();
                yield return new Finding(Info.Id, Info.Severity, Info.Message(detail(p, name, line.FullYearBudget, line.Executed)), cells,
                    line.FullYearBudget.Value, line.Executed.Value, ProjectTerms.Key(p, name + "全年执行数"));
            }
        }
    }

    private static IEnumerable<(string Name, FundingLine Line)> Lines(ProjectEvaluation p)
    {
        yield return ("年度资金总额", p.Total);
        yield return ("当年财政拨款", p.CurrentAppropriation);
        if (p.CarriedOver is { } carried) yield return ("上年结转资金", carried);
        yield return ("其他资金", p.Other);
    }

    private static string Cell(Amount amount) => amount.Source is { } s ? $"（单元格 {s.Cell}）" : "";

    /// <summary>E-09: a line executed beyond its 全年预算数 (the stated 执行率 may have been written to match).</summary>
    public static readonly IValidationRule ExecutedWithinBudget = new FundingLineRule(
        new("E-09", Severity.Error, "自评表资金执行数超过全年预算数：{0}",
            "自评表 每行资金（年度资金总额、当年财政拨款、上年结转资金、其他资金）全年执行数 ≤ 全年预算数（执行率按该行数字计算）"),
        (budget, executed) => budget > 0 && executed > budget,
        (p, name, budget, executed) =>
            $"{ProjectTerms.Where(p)} {name} 全年执行数 {Numbers.Money(executed.Value)}{Cell(executed)} > 全年预算数 {Numbers.Money(budget.Value)}{Cell(budget)}，"
            + $"该行执行率为 {Numbers.Percent(executed.Value / budget.Value)}。执行数不应超过全年预算数：请核对这两个数，"
            + "如年中追加了预算，全年预算数应包含追加数");

    /// <summary>E-10: money executed on a line that had no budget (usually typed on the wrong line).</summary>
    public static readonly IValidationRule ExecutedWithoutBudget = new FundingLineRule(
        new("E-10", Severity.Error, "自评表资金没有预算却有执行数：{0}",
            "自评表 每行资金 全年预算数为 0 时 全年执行数应为 0（执行数常被填在了别的资金行）"),
        (budget, executed) => budget == 0 && executed > 0,
        (p, name, budget, executed) =>
            $"{ProjectTerms.Where(p)} {name} 全年预算数为 0{Cell(budget)}，全年执行数却为 {Numbers.Money(executed.Value)}{Cell(executed)}，执行率无法计算。"
            + "请核对该执行数是否应填在有预算的资金行（如“当年财政拨款”），或补填该行的全年预算数");
}
