using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.Signs;

/// <summary>
/// F-01: amounts and counts that cannot be negative. A stray minus sign keeps every total adding up
/// when the total is typed by hand, so no identity sees it. The few figures that may be negative are
/// listed in <see cref="MayBeNegative"/>: 结余分配 (it records adjustments of 结余) and any row or
/// column named as an adjustment (调整, 调减, 冲减).
/// </summary>
internal sealed class NegativeAmountRule : IValidationRule
{
    /// <summary>Words in a row or column name that mark a figure allowed to be negative.</summary>
    public static readonly IReadOnlyList<string> MayBeNegative = [RowKeys.结余分配, "调整", "调减", "冲减"];

    public RuleInfo Info { get; } = new("F-01", Severity.Error, "金额或数量为负数：{0}",
        "公开表、三公统计、政府采购、机关运行经费、自评表资金、预算绩效、人员和车辆数都不为负（结余分配及名称含调整、调减、冲减的行列除外）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var f in UnitFigures.All(context))
        {
            if (f.Value >= 0 || f.Cell is null || MayBeNegativeName(f.Row) || MayBeNegativeName(f.Column)) continue;
            var unit = f.IsMoney ? " 万元" : "";
            var detail = $"{f.Where} {f.Label} 为 {Numbers.Format(f.Value, f.IsMoney ? Precision.MoneyDecimals([f.Value]) : Precision.DecimalsOf(f.Value))}{unit}（单元格 {f.Cell.Cell}），该数不能为负数。"
                + "请核对是否误加了负号（应为正数或 0）；只有结余分配和调整、调减、冲减类项目可以填负数";
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [f.Cell], Math.Abs(f.Value), f.Value, f.Key);
        }
    }

    private static bool MayBeNegativeName(string name) => MayBeNegative.Any(w => name.Contains(w, StringComparison.Ordinal));
}
