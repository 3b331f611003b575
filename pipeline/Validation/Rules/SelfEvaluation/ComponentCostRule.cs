using System.Text.RegularExpressions;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>
/// E-11: the 成本指标 of one 自评表 whose 实际完成值 is an amount in 万元 are parts of what the project
/// cost, so together they cannot exceed 全年执行数. E-07 covers the one named as the whole project's
/// cost; unit prices and averages (单价, 人均, 月均, 每…) are not parts and are left out, as are values
/// without a unit. Compared at the decimals written (n amounts each rounded: n × half a place).
/// </summary>
internal sealed partial class ComponentCostRule : IValidationRule
{
    public RuleInfo Info { get; } = new("E-11", Severity.Error, "自评表各项成本之和超过全年执行数：{0}",
        "自评表 成本指标中以万元填写的各项成本（不含单价、人均、月均等）之和 ≤ 年度资金总额全年执行数");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var p in context.Current.Projects)
        {
            var parts = p.Indicators
                .Where(i => i.Level2.Contains("成本", StringComparison.Ordinal) && !CostIndicatorRule.IsProjectCost(i) && !PerUnit().IsMatch(i.Level3))
                .Select(i => (Indicator: i, Amount: CostIndicatorRule.AmountInWan(i.Actual)))
                .Where(x => x.Amount is not null)
                .Select(x => (x.Indicator, Amount: x.Amount!.Value))
                .ToList();
            if (parts.Count == 0) continue;
            var sum = parts.Sum(x => x.Amount);
            var executed = p.Total.Executed.Value;
            var slack = parts.Sum(x => new decimal(5, 0, 0, false, (byte)(x.Amount.Scale + 1)));  // half the last written place of each
            if (sum <= executed + slack) continue;
            var listed = string.Join(" + ", parts.Select(x => $"“{x.Indicator.Level3}” {Numbers.Plain(x.Amount)} 万元（单元格 {(x.Indicator.ActualSource ?? x.Indicator.Source).Cell}）"));
            var detail = $"{ProjectTerms.Where(p)} {listed} = {Numbers.Plain(sum)} 万元 > 年度资金总额全年执行数 {Numbers.Money(executed)}。"
                + "各项成本都是实际支出的一部分，合计不应超过全年执行数：请核对这些实际完成值（是否以元填成了万元，或把单价写成了总额）";
            var cells = parts.Select(x => x.Indicator.ActualSource ?? x.Indicator.Source).Append(p.Total.Executed.Source).OfType<SourceRef>().ToList();
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, executed, sum,
                ProjectTerms.Key(p, "成本指标之和"));
        }
    }

    [GeneratedRegex("单价|单位成本|人均|月均|年均|平均|每")]
    private static partial Regex PerUnit();
}
