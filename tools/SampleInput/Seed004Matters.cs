using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.SampleInput.CodedTableBuilder;
using static JuneBudget.SampleInput.Seed004Profile;

namespace JuneBudget.SampleInput;

/// <summary>
/// 预算数, 三公统计, 其他事项 and 预算绩效 of seed 004. 2024 figures and texts are the seed's
/// (§四, §九, §十, §十一, §十二; texts verbatim without the final “。”). 2023 ones are chosen
/// (the seed states only 2023 机关运行经费 127.73), consistent with the 2023 tables.
/// </summary>
internal static class Seed004Matters
{
    public static BudgetFigures Budgets2024 => new(Money(7_444.13m), Money(7_444.13m), Money(7_444.13m), Money(0m), Money(0m));

    /// <summary>Chosen: 年初预算 = 一般公共预算 income 7,089.28; the 基金 bonds came during the year.</summary>
    public static BudgetFigures Budgets2023 => new(Money(7_089.28m), Money(7_089.28m), Money(7_089.28m), Money(0m), Money(0m));

    public static ThreePublicStats ThreePublic2024 => new()
    {
        TripGroups = Count(1), TripPersons = Count(1),
        TripContent = Text("本年因工作需要，经上级部门同意，1人前往乌兹别克斯坦参加2024（第十三届）乌兹别克斯坦-中国新疆商品展览会产生的差旅费、餐食费等"),
        VehiclesPurchased = Count(0), VehiclesHeld = Count(8),
        VehicleRunningContent = Text("车辆加油费、维修费、保险费、审车费、过路费等"),
        ReceptionBatches = Count(1), ReceptionPersons = Count(7),
        ReceptionContent = Text("因业务工作需要，接待上级领导检查产生的就餐费"),
        VehicleDifferenceReason = Text("差异车辆为1辆业务用车，该车辆停止使用，正在办理固定资产处置相关手续，未产生公务用车运行维护费"),
    };

    /// <summary>Chosen: no trips, 9 vehicles held (= 国有资产 车辆数), one reception of 5.</summary>
    public static ThreePublicStats ThreePublic2023 => ThreePublic2024 with
    {
        TripGroups = Count(0), TripPersons = Count(0), TripContent = TextValue.Empty,
        VehiclesHeld = Count(9), ReceptionPersons = Count(5), VehicleDifferenceReason = TextValue.Empty,
    };

    public static OtherMatters Other2024 => new()
    {
        OperatingCost = Money(131.18m),
        ProcurementTotal = Money(10_536.33m), ProcurementGoods = Money(9.25m), ProcurementWorks = Money(0m),
        ProcurementServices = Money(10_527.08m), ProcurementSme = Money(10_510.81m), ProcurementMicro = Money(10_335.81m),
        BuildingArea = Count(3_254.00m), BuildingValue = Money(70.76m),
        VehicleCount = Count(9), VehicleValue = Money(202.90m),
        VehiclesByCategory = [.. WorkbookFields.VehicleCategories.Select(c => (c, Count(c == "其他用车" ? 9 : 0)))],
        OtherVehiclesDescription = Text("一般公务用车和单位业务用车"),
        LargeEquipmentCount = Count(0),
    };

    /// <summary>Chosen except 机关运行经费 127.73 (seed §十(一): 131.18 − 3.45).</summary>
    public static OtherMatters Other2023 => Other2024 with
    {
        OperatingCost = Money(127.73m),
        ProcurementTotal = Money(2_356.40m), ProcurementGoods = Money(12.60m), ProcurementWorks = Money(0m),
        ProcurementServices = Money(2_343.80m), ProcurementSme = Money(2_300.00m), ProcurementMicro = Money(2_150.00m),
        BuildingValue = Money(72.94m),
    };

    private const string Achievements = "一是我单位通过设立项目绩效管理制度，不断提升财政资金使用效益，缩减项目成本，节约财政资金；二是不断实现财政资金科学化、精细化管理，以制度为抓手确保资金合理、合规使用";
    private const string Problems = "一是单位各部门在项目绩效追踪和评价工作水平及质量上有待提升；二是在项目预算执行情况分析及项目实施进程上的跟进还有待提升";
    private const string Improvements = "一是加强学习，努力提高各部门绩效追踪和评价工作的水平及质量，不断优化项目；二是紧跟项目开展进度，从而对出现的情况和问题及时采取措施予以纠偏";

    /// <summary>19 projects = 15 自评表 (2,452.29) + 4 SM projects (525.58); 2,977.87 budgeted and spent.</summary>
    public static PerformanceInfo Performance2024 => new()
    {
        ProjectCount = Count(19), Budget = Money(2_977.87m), Executed = Money(2_977.87m),
        Achievements = Text(Achievements), Problems = Text(Problems), Improvements = Text(Improvements),
        OtherCategory = Text("SM"), OtherCount = Count(4), OtherBudget = Money(525.58m), OtherExecuted = Money(525.58m),
        OtherNote = TextValue.Empty,
    };

    /// <summary>Chosen: 2023 has no 自评表 in the sample, only 4 SM projects (480.00 budgeted and spent).</summary>
    public static PerformanceInfo Performance2023 => Performance2024 with
    {
        ProjectCount = Count(4), Budget = Money(480.00m), Executed = Money(480.00m),
        OtherBudget = Money(480.00m), OtherExecuted = Money(480.00m),
    };

    private static TextValue Text(string value) => new(value, null);
}
