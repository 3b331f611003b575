namespace JuneBudget.Model;

/// <summary>第二部分 十、其他重要事项: 机关运行经费, 政府采购, 国有资产.</summary>
public sealed record OtherMatters
{
    public required Amount OperatingCost { get; init; }
    public Amount? OperatingCostAdministrative { get; init; }
    public Amount? OperatingCostInstitutional { get; init; }

    public required Amount ProcurementTotal { get; init; }
    public required Amount ProcurementGoods { get; init; }
    public required Amount ProcurementWorks { get; init; }
    public required Amount ProcurementServices { get; init; }
    public required Amount ProcurementSme { get; init; }
    public required Amount ProcurementMicro { get; init; }

    public Amount? FixedAssetsOriginalValue { get; init; }
    public required Quantity BuildingArea { get; init; }
    public required Amount BuildingValue { get; init; }
    public required Quantity VehicleCount { get; init; }
    public required Amount VehicleValue { get; init; }
    /// <summary>The eight categories in <see cref="JuneBudget.Format.WorkbookFields.VehicleCategories"/> order.</summary>
    public required IReadOnlyList<(string Category, Quantity Count)> VehiclesByCategory { get; init; }
    public required TextValue OtherVehiclesDescription { get; init; }
    public required Quantity LargeEquipmentCount { get; init; }
}
