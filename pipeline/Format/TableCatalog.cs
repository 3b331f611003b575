using JuneBudget.Model;

namespace JuneBudget.Format;

/// <summary>
/// The nine public tables and every title the reader recognises for each. Tables are found by
/// title, never by code alone, because 07/08/09 moved in 2024 and 三公 changed its name in 2022.
/// A format's own order, numbers and titles are in its format file (<see cref="ReportFormat"/>).
/// </summary>
public static class TableCatalog
{
    public static readonly IReadOnlyList<TableKind> All =
    [
        TableKind.IncomeExpenditureSummary, TableKind.Income, TableKind.Expenditure,
        TableKind.FiscalSummary, TableKind.GeneralBudget, TableKind.GeneralBudgetBasic,
        TableKind.GovernmentFund, TableKind.StateCapital, TableKind.ThreePublic,
    ];

    /// <summary>
    /// Every title a table may carry in any year (a reader accepts any of them; a format file may
    /// publish only these). The first is the name messages use when no format is known. Quotes are
    /// normalised by the reader, so “三公” and "三公" match alike.
    /// </summary>
    public static IReadOnlyList<string> TitleAliases(TableKind kind) => kind switch
    {
        TableKind.IncomeExpenditureSummary => ["收入支出决算总表"],
        TableKind.Income => ["收入决算表"],
        TableKind.Expenditure => ["支出决算表"],
        TableKind.FiscalSummary => ["财政拨款收入支出决算总表"],
        TableKind.GeneralBudget => ["一般公共预算财政拨款支出决算表"],
        TableKind.GeneralBudgetBasic =>
            ["一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"],
        TableKind.GovernmentFund => ["政府性基金预算财政拨款收入支出决算表"],
        TableKind.StateCapital =>
            ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"],
        TableKind.ThreePublic =>
            ["财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The title messages use when no format is at hand (the reader's duplicate-table finding).</summary>
    public static string Name(TableKind kind) => TitleAliases(kind)[0];
}
