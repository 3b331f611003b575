using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>
/// E-02: the stated 执行率 equals 全年执行数 ÷ 全年预算数 at the precision it is stated (a percentage
/// with 2 decimals, i.e. a fraction to 4 decimals). Not checked when 全年预算数 is zero.
/// </summary>
internal sealed class ExecutionRateRule : IValidationRule
{
    public RuleInfo Info { get; } = new("E-02", Severity.Error, "自评表执行率应等于全年执行数除以全年预算数：{0}", "自评表 执行率 = 全年执行数 ÷ 全年预算数");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var p in context.Current.Projects)
        {
            if (p.ExecutionRate is not { } stated || p.Total.FullYearBudget.Value == 0) continue;
            var exact = p.Total.Executed.Value / p.Total.FullYearBudget.Value;
            var decimals = Math.Max(4, Precision.DecimalsOf(stated.Value));
            if (Precision.Rounds(exact, stated.Value, decimals)) continue;
            var detail = $"{ProjectTerms.Where(p)} 执行率 {Numbers.Percent(stated.Value)} ≠ 全年执行数 {Numbers.Money(p.Total.Executed.Value)}"
                + $" ÷ 全年预算数 {Numbers.Money(p.Total.FullYearBudget.Value)} = {Numbers.Percent(exact)}";
            var cells = new[] { stated.Source, p.Total.Executed.Source, p.Total.FullYearBudget.Source }.OfType<SourceRef>().ToList();
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, exact, stated.Value, ProjectTerms.Key(p, "执行率"));
        }
    }
}
