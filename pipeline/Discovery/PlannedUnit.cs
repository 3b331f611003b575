using JuneBudget.Model;

namespace JuneBudget.Discovery;

/// <summary>
/// One unit and year of the batch as planned from covers alone: its workbook and, when the folder
/// holds one, the same unit's workbook of the previous year. Nothing of either is in memory yet;
/// <see cref="UnitLoader.Load"/> reads them when the unit is built.
/// </summary>
public sealed record PlannedUnit(WorkbookIdentity Current, WorkbookIdentity? Previous)
{
    /// <summary>The unit as its cover names it (a planned unit always has one).</summary>
    public UnitInfo Unit => Current.Unit!;
}
