using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.Plausibility;

/// <summary>
/// W-05: 公务用车保有量 (三公统计) larger than the 车辆数 of 国有资产占用情况. Official cars are part of
/// the unit's vehicles, so more cars held than vehicles owned needs a second look (seed 003 says
/// 保有量 4 with 2 车辆). The opposite difference is normal (业务用车, S004) and only needs its reason,
/// which the draft asks for as a placeholder.
/// </summary>
internal sealed class VehiclesHeldRule : IValidationRule
{
    public RuleInfo Info { get; } = new("W-05", Severity.Warning, "公务用车保有量大于国有资产中的车辆数，请核实：{0}",
        "三公统计 公务用车保有量 ≤ 其他事项 车辆数（警告）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var held = context.Current.ThreePublic.VehiclesHeld;
        var owned = context.Current.Other.VehicleCount;
        if (held.Value <= owned.Value) yield break;
        var detail = $"{SheetNames.三公统计} {WorkbookFields.公务用车保有量} {Numbers.Plain(held.Value)} 辆 > {SheetNames.其他事项} {WorkbookFields.车辆数} {Numbers.Plain(owned.Value)}";
        var cells = new[] { held.Source, owned.Source }.OfType<SourceRef>().ToList();
        yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, owned.Value, held.Value);
    }
}
