namespace JuneBudget.Facts;

/// <summary>第二部分 九: 财政拨款“三公”经费 (公开09表 and the 三公统计 sheet).</summary>
public sealed record ThreePublicFacts
{
    public required Figure Total { get; init; }
    public required Change Change { get; init; }
    public required Reason ChangeReason { get; init; }
    public required ThreePublicItem Abroad { get; init; }
    public required ThreePublicItem Vehicle { get; init; }
    public required ThreePublicItem Reception { get; init; }

    public required Reason AbroadContent { get; init; }
    public required Figure TripGroups { get; init; }
    public required Figure TripPersons { get; init; }
    public required Figure VehiclePurchase { get; init; }
    public required Figure VehicleRunning { get; init; }
    public required Reason VehicleRunningContent { get; init; }
    public required Figure VehiclesPurchased { get; init; }
    public required Figure VehiclesHeld { get; init; }
    public required Figure AssetVehicles { get; init; }
    /// <summary>国有资产 车辆数 differs from 公务用车保有量: the difference is explained.</summary>
    public required bool VehicleCountsDiffer { get; init; }
    public required Reason VehicleDifferenceReason { get; init; }
    public required Reason ReceptionContent { get; init; }
    public required Figure ReceptionBatches { get; init; }
    public required Figure ReceptionPersons { get; init; }

    public required BudgetLine BudgetTotal { get; init; }
    public required BudgetLine AbroadBudget { get; init; }
    public required BudgetLine PurchaseBudget { get; init; }
    public required BudgetLine RunningBudget { get; init; }
    public required BudgetLine ReceptionBudget { get; init; }
}

/// <summary>One 三公 item: amount, share of the 三公 total, change and its reason.</summary>
public sealed record ThreePublicItem(Share Share, Change Change, Reason Reason)
{
    /// <summary>No spending this year: the 开支内容 sentence says so instead of listing contents.</summary>
    public bool IsZero => Share.Amount.IsZero;
}

/// <summary>A 预算 comparison with its reason.</summary>
public sealed record BudgetLine(Variance Variance, Reason Reason);
