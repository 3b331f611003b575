using JuneBudget.Format;
using JuneBudget.Model;
using F = JuneBudget.Format.WorkbookFields;

namespace JuneBudget.Workbooks;

/// <summary>
/// What the key–value sheets show for a model: the value of every field by its key, the
/// inverse of what the reader maps the fields to.
/// </summary>
internal static class FieldValueWriter
{
    /// <summary>Amounts are always written in 万元 (the model's unit), so the cover says 万元.</summary>
    public static Dictionary<string, object?> Cover(UnitInfo unit) => new()
    {
        [F.单位名称] = unit.Name,
        [F.年度] = unit.Year,
        [F.公开格式] = unit.Format.ToString(),
        [F.单位类型] = unit.HasSubordinateUnits ? "部门" : "单位",
        [F.自称] = unit.SelfReference,
        [F.单位性质] = unit.Nature,
        [F.金额单位] = "万元",
    };

    public static Dictionary<string, object?> Budgets(BudgetFigures b) => new()
    {
        [F.财政拨款收入年初预算数] = b.FiscalIncome,
        [F.财政拨款支出年初预算数] = b.FiscalExpenditure,
        [F.一般公共预算财政拨款支出年初预算数] = b.GeneralBudgetExpenditure,
        [F.政府性基金预算财政拨款支出年初预算数] = b.GovernmentFundExpenditure,
        [F.国有资本经营预算财政拨款支出年初预算数] = b.StateCapitalExpenditure,
    };

    public static Dictionary<string, object?> ThreePublic(ThreePublicStats s) => new()
    {
        [F.因公出国团组数] = s.TripGroups,
        [F.因公出国人次] = s.TripPersons,
        [F.因公出国开支内容] = s.TripContent,
        [F.公务用车购置数] = s.VehiclesPurchased,
        [F.公务用车保有量] = s.VehiclesHeld,
        [F.公务用车运行维护费开支内容] = s.VehicleRunningContent,
        [F.公务接待批次] = s.ReceptionBatches,
        [F.公务接待人次] = s.ReceptionPersons,
        [F.公务接待开支内容] = s.ReceptionContent,
        [F.车辆差异原因] = s.VehicleDifferenceReason,
    };

    public static Dictionary<string, object?> Other(OtherMatters o)
    {
        var values = new Dictionary<string, object?>
        {
            [F.机关运行经费] = o.OperatingCost,
            [F.机关运行经费行政] = o.OperatingCostAdministrative,
            [F.机关运行经费事业] = o.OperatingCostInstitutional,
            [F.政府采购支出总额] = o.ProcurementTotal,
            [F.政府采购货物支出] = o.ProcurementGoods,
            [F.政府采购工程支出] = o.ProcurementWorks,
            [F.政府采购服务支出] = o.ProcurementServices,
            [F.授予中小企业合同金额] = o.ProcurementSme,
            [F.授予小微企业合同金额] = o.ProcurementMicro,
            [F.固定资产原值] = o.FixedAssetsOriginalValue,
            [F.房屋面积] = o.BuildingArea,
            [F.房屋价值] = o.BuildingValue,
            [F.车辆数] = o.VehicleCount,
            [F.车辆价值] = o.VehicleValue,
            [F.其他用车说明] = o.OtherVehiclesDescription,
            [F.大型设备数] = o.LargeEquipmentCount,
        };
        foreach (var (category, count) in o.VehiclesByCategory) values[category] = count;
        return values;
    }

    public static Dictionary<string, object?> Performance(PerformanceInfo p) => new()
    {
        [F.绩效评价项目数] = p.ProjectCount,
        [F.绩效评价全年预算数] = p.Budget,
        [F.绩效评价全年执行数] = p.Executed,
        [F.绩效成效] = p.Achievements,
        [F.绩效问题] = p.Problems,
        [F.绩效改进] = p.Improvements,
        [F.其他事项项目类别] = p.OtherCategory,
        [F.其他事项项目数] = p.OtherCount,
        [F.其他事项全年预算数] = p.OtherBudget,
        [F.其他事项全年执行数] = p.OtherExecuted,
        [F.其他事项说明] = p.OtherNote,
    };
}
