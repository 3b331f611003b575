using JuneBudget.Format;
using JuneBudget.Model;
using F = JuneBudget.Format.WorkbookFields;

namespace JuneBudget.Workbooks;

/// <summary>预算数, 三公统计, 其他事项 and 预算绩效: the key–value sheets mapped onto their records.</summary>
internal static class KeyValueSectionsReader
{
    public static BudgetFigures Budgets(CellReader cells, SheetReader? sheet, decimal divisor)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.预算数, F.Budgets, divisor);
        return new BudgetFigures(kv.Amount(F.财政拨款收入年初预算数), kv.Amount(F.财政拨款支出年初预算数),
            kv.Amount(F.一般公共预算财政拨款支出年初预算数), kv.Amount(F.政府性基金预算财政拨款支出年初预算数),
            kv.Amount(F.国有资本经营预算财政拨款支出年初预算数));
    }

    public static ThreePublicStats ThreePublic(CellReader cells, SheetReader? sheet, decimal divisor)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.三公统计, F.ThreePublicStats, divisor);
        return new ThreePublicStats
        {
            TripGroups = kv.Quantity(F.因公出国团组数),
            TripPersons = kv.Quantity(F.因公出国人次),
            TripContent = kv.Text(F.因公出国开支内容),
            VehiclesPurchased = kv.Quantity(F.公务用车购置数),
            VehiclesHeld = kv.Quantity(F.公务用车保有量),
            VehicleRunningContent = kv.Text(F.公务用车运行维护费开支内容),
            ReceptionBatches = kv.Quantity(F.公务接待批次),
            ReceptionPersons = kv.Quantity(F.公务接待人次),
            ReceptionContent = kv.Text(F.公务接待开支内容),
            VehicleDifferenceReason = kv.Text(F.车辆差异原因),
        };
    }

    public static OtherMatters Other(CellReader cells, SheetReader? sheet, decimal divisor)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.其他事项, F.OtherMatters, divisor);
        return new OtherMatters
        {
            OperatingCost = kv.Amount(F.机关运行经费),
            OperatingCostAdministrative = kv.OptionalAmount(F.机关运行经费行政),
            OperatingCostInstitutional = kv.OptionalAmount(F.机关运行经费事业),
            ProcurementTotal = kv.Amount(F.政府采购支出总额),
            ProcurementGoods = kv.Amount(F.政府采购货物支出),
            ProcurementWorks = kv.Amount(F.政府采购工程支出),
            ProcurementServices = kv.Amount(F.政府采购服务支出),
            ProcurementSme = kv.Amount(F.授予中小企业合同金额),
            ProcurementMicro = kv.Amount(F.授予小微企业合同金额),
            FixedAssetsOriginalValue = kv.OptionalAmount(F.固定资产原值),
            BuildingArea = kv.Quantity(F.房屋面积),
            BuildingValue = kv.Amount(F.房屋价值),
            VehicleCount = kv.Quantity(F.车辆数),
            VehicleValue = kv.Amount(F.车辆价值),
            VehiclesByCategory = [.. F.VehicleCategories.Select(c => (c, kv.Quantity(c)))],
            OtherVehiclesDescription = kv.Text(F.其他用车说明),
            LargeEquipmentCount = kv.Quantity(F.大型设备数),
        };
    }

    public static PerformanceInfo Performance(CellReader cells, SheetReader? sheet, decimal divisor)
    {
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.预算绩效, F.Performance, divisor);
        return new PerformanceInfo
        {
            ProjectCount = kv.Quantity(F.绩效评价项目数),
            Budget = kv.Amount(F.绩效评价全年预算数),
            Executed = kv.Amount(F.绩效评价全年执行数),
            Achievements = kv.Text(F.绩效成效),
            Problems = kv.Text(F.绩效问题),
            Improvements = kv.Text(F.绩效改进),
            OtherCategory = kv.Text(F.其他事项项目类别),
            OtherCount = kv.Quantity(F.其他事项项目数),
            OtherBudget = kv.Amount(F.其他事项全年预算数),
            OtherExecuted = kv.Amount(F.其他事项全年执行数),
            OtherNote = kv.Text(F.其他事项说明),
        };
    }
}
