namespace JuneBudget.Model;

/// <summary>The nine public tables of one workbook, by kind.</summary>
public sealed record StatutoryTables(IReadOnlyDictionary<TableKind, StatutoryTable> ByKind)
{
    public StatutoryTable this[TableKind kind] =>
        ByKind.TryGetValue(kind, out var table) ? table : StatutoryTable.Missing(kind);

    public StatutoryTable IncomeExpenditureSummary => this[TableKind.IncomeExpenditureSummary];
    public StatutoryTable Income => this[TableKind.Income];
    public StatutoryTable Expenditure => this[TableKind.Expenditure];
    public StatutoryTable FiscalSummary => this[TableKind.FiscalSummary];
    public StatutoryTable GeneralBudget => this[TableKind.GeneralBudget];
    public StatutoryTable GeneralBudgetBasic => this[TableKind.GeneralBudgetBasic];
    public StatutoryTable GovernmentFund => this[TableKind.GovernmentFund];
    public StatutoryTable StateCapital => this[TableKind.StateCapital];
    public StatutoryTable ThreePublic => this[TableKind.ThreePublic];
}
