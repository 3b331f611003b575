namespace JuneBudget.Facts;

/// <summary>第二部分 十(一): 机关运行经费.</summary>
public sealed record OperatingCostFacts(Figure Amount, Change Change, Reason Reason, bool IsAdministrative);

/// <summary>第二部分 十(二): 政府采购.</summary>
public sealed record ProcurementFacts(Figure Total, Figure Goods, Figure Works, Figure Services, Share Sme, Share Micro);

/// <summary>第二部分 十(三): 国有资产占用情况.</summary>
public sealed record AssetFacts
{
    public required Figure BuildingArea { get; init; }
    public required Figure BuildingValue { get; init; }
    public required Figure VehicleCount { get; init; }
    public required Figure VehicleValue { get; init; }
    public required IReadOnlyList<VehicleCategoryFacts> Vehicles { get; init; }
    public required bool HasOtherVehicles { get; init; }
    public required Reason OtherVehiclesDescription { get; init; }
    public required Figure LargeEquipment { get; init; }
}

/// <summary>One of the eight vehicle categories; <see cref="IsLast"/> ends the 、 list.</summary>
public sealed record VehicleCategoryFacts(string Category, Figure Count, bool IsLast);
