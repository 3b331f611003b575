namespace JuneBudget.Facts;

/// <summary>
/// 第二部分 十(一): the unit's running cost, worded by its 单位性质 (<see cref="Kind"/>: administrative →
/// 机关运行经费, institution → 日常公用经费, enterprise, other; the templates hold the words). A 部门 whose
/// 决算单位构成 gives each unit's running cost reports each (<see cref="Units"/>, seed 002).
/// </summary>
public sealed record OperatingCostFacts(Figure Amount, Change Change, Reason Reason, bool IsAdministrative, string Kind, IReadOnlyList<RunningCostLine> Units)
{
    public bool HasUnits => Units.Count > 0;
}

/// <summary>One unit of a 部门 with its own running cost, kind and change against last year.</summary>
public sealed record RunningCostLine(string Name, string Nature, string Kind, Figure Amount, Change Change, Reason Reason);

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
    /// <summary>固定资产原值 when the workbook gives it (the 2022 format states it first; an optional field).</summary>
    public Figure? FixedAssetsOriginal { get; init; }
    public bool HasFixedAssetsOriginal => FixedAssetsOriginal is not null;
}

/// <summary>One of the eight vehicle categories; <see cref="IsLast"/> ends the 、 list.</summary>
public sealed record VehicleCategoryFacts(string Category, Figure Count, bool IsLast);
