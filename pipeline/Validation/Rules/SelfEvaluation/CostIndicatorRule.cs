using System.Globalization;
using System.Text.RegularExpressions;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>
/// E-07, deliberately conservative: only a 成本指标 named as the whole project's cost (“项目总成本”,
/// “本项目成本”) whose 实际完成值 is a single amount written in 万元 (“86.9 万元”, “=37.12万元”) is
/// compared with 全年执行数, at the precision the amount is written. Unit prices, monthly costs and
/// amounts without a unit are left alone.
/// </summary>
internal sealed partial class CostIndicatorRule : IValidationRule
{
    public RuleInfo Info { get; } = new("E-07", Severity.Error, "自评表项目总成本与全年执行数不符：{0}",
        "自评表 成本指标“项目总成本”的实际完成值（万元）= 全年执行数（仅在明确时检查）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var p in context.Current.Projects)
        {
            foreach (var indicator in p.Indicators)
            {
                if (!IsProjectCost(indicator) || AmountInWan(indicator.Actual) is not { } stated) continue;
                var executed = p.Total.Executed.Value;
                // “86.9 万元” covers 86.85 to 86.95: compare at the decimals as written (the parsed scale keeps them, trailing zeros too).
                if (Precision.Rounds(executed, stated, stated.Scale)) continue;
                var cell = indicator.ActualSource ?? indicator.Source;
                var detail = $"{ProjectTerms.Where(p)} “{indicator.Level3}”的实际完成值“{indicator.Actual}”（单元格 {cell.Cell}）≠ 年度资金总额全年执行数 {Numbers.Money(executed)}。"
                    + $"项目总成本就是项目的实际支出：请把该实际完成值改为 {Numbers.Money(executed)}，或核对全年执行数";
                var cells = new[] { cell, p.Total.Executed.Source }.OfType<SourceRef>().ToList();
                yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, executed, stated, ProjectTerms.Key(p, indicator.Level3));
            }
        }
    }

    /// <summary>A 成本指标 naming the whole project's cost.</summary>
    public static bool IsProjectCost(PerformanceIndicator indicator) =>
        indicator.Level2.Contains("成本", StringComparison.Ordinal) && ProjectCost().IsMatch(indicator.Level3);

    /// <summary>The amount of an 实际完成值 written as one amount in 万元 (“86.9 万元”, “=37.12万元”), at the decimals written.</summary>
    public static decimal? AmountInWan(string actual)
    {
        var match = AmountInWanPattern().Match(actual.Replace(" ", "", StringComparison.Ordinal));
        return match.Success ? decimal.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^(本项目|项目)(总)?成本$")]
    private static partial Regex ProjectCost();

    [GeneratedRegex(@"^[=＝≈]?(\d[\d,]*(?:\.\d+)?)万元$")]
    private static partial Regex AmountInWanPattern();
}
