using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>
/// The 自评报告's budget arithmetic, once: the report states it (<see cref="SelfReportFactsBuilder"/>) and
/// rule G-05 checks the total it gives, so both must compute it the same way.
/// </summary>
internal static class SelfReportScore
{
    /// <summary>年初预算 (基本 + 项目).</summary>
    public static Sourced Initial(SelfReportInput input) => (Sourced)input.InitialBasic + input.InitialProject;

    /// <summary>调整后全年预算 = 年初 − 调减 + 调增.</summary>
    public static Sourced FullYear(SelfReportInput input) =>
        Initial(input) + new Sourced(-input.Decrease.Value, ((Sourced)input.Decrease).Sources) + input.Increase;

    /// <summary>执行数: 基本支出 and 项目支出 of the 支出决算表 (公开03表), so the two documents cannot disagree.</summary>
    public static (Sourced Basic, Sourced Project) Executed(BudgetWorkbook workbook)
    {
        var spending = workbook.Tables.Expenditure;
        return (spending.Get(R.合计, C.基本支出), spending.Get(R.合计, C.项目支出));
    }

    /// <summary>A rate in percent; 0 where the whole is 0.</summary>
    public static Sourced Rate(Sourced part, Sourced whole) =>
        new(whole.Value == 0m ? 0m : part.Value / whole.Value * 100m, [.. part.Sources, .. whole.Sources]);

    /// <summary>预算执行率得分 = 分值 × 执行率.</summary>
    public static Sourced ExecutionScore(Sourced weight, Sourced rate) => new(weight.Value * rate.Value / 100m, [.. weight.Sources, .. rate.Sources]);

    /// <summary>综合得分 = 预算执行率得分 + Σ 自评得分, with the 执行率 of the workbook's own 执行数 and 全年预算.</summary>
    public static Sourced Total(SelfReportInput input, Sourced executionScore) =>
        executionScore + Sourced.Sum(input.Indicators.Select(i => (Sourced)i.Score));
}
