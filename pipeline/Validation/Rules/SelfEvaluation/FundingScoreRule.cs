using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>
/// E-03: 资金得分 = 资金分值 × 执行率, capped at 分值. The rate is 全年执行数 ÷ 全年预算数 when the
/// budget is not zero, else the stated rate. The score is printed with 2 decimals: a difference of
/// 0.01 is a rounding note.
/// </summary>
internal sealed class FundingScoreRule : IValidationRule
{
    public RuleInfo Info { get; } = new("E-03", Severity.Error, "自评表资金得分应为分值乘以执行率（不超过分值）：{0}",
        "自评表 资金得分 = 分值 × 执行率，且不超过分值");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var p in context.Current.Projects)
        {
            decimal? rate = p.Total.FullYearBudget.Value != 0 ? p.Total.Executed.Value / p.Total.FullYearBudget.Value : p.ExecutionRate?.Value;
            if (rate is null) continue;
            var expected = Math.Round(p.FundingWeight.Value * Math.Min(rate.Value, 1m), 2, MidpointRounding.AwayFromZero);
            var difference = Math.Abs(p.FundingScore.Value - expected);
            if (difference == 0) continue;
            var severity = difference <= 0.01m ? Severity.RoundingNote : Info.Severity;
            var detail = $"{ProjectTerms.Where(p)} 资金得分 {Numbers.Plain(p.FundingScore.Value)} ≠ 分值 {Numbers.Plain(p.FundingWeight.Value)}"
                + $" × 执行率 {Numbers.Percent(rate.Value)} = {Numbers.Format(expected, 2)}";
            var cells = new[] { p.FundingScore.Source, p.FundingWeight.Source, p.Total.Executed.Source, p.Total.FullYearBudget.Source }
                .OfType<SourceRef>().ToList();
            yield return new Finding(Info.Id, severity, Info.Message(detail), cells, expected, p.FundingScore.Value, ProjectTerms.Key(p, "资金得分"));
        }
    }
}
