namespace JuneBudget.Model;

/// <summary>三公 statistics and texts that are not columns of the public 三公 table.</summary>
public sealed record ThreePublicStats
{
    public required Quantity TripGroups { get; init; }
    public required Quantity TripPersons { get; init; }
    public required TextValue TripContent { get; init; }
    public required Quantity VehiclesPurchased { get; init; }
    public required Quantity VehiclesHeld { get; init; }
    public required TextValue VehicleRunningContent { get; init; }
    public required Quantity ReceptionBatches { get; init; }
    public required Quantity ReceptionPersons { get; init; }
    public required TextValue ReceptionContent { get; init; }
    /// <summary>Why 国有资产 车辆数 differs from 公务用车保有量 (needed only when they differ).</summary>
    public required TextValue VehicleDifferenceReason { get; init; }
}
