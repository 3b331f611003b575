using JuneBudget.Model;

namespace JuneBudget.Format;

/// <summary>
/// Names and codes of the nine public tables. Tables are found by title, never by code alone,
/// because 07/08/09 moved in 2024 and 三公 changed its name in 2022.
/// </summary>
public static class TableCatalog
{
    public static readonly IReadOnlyList<TableKind> All =
    [
        TableKind.IncomeExpenditureSummary, TableKind.Income, TableKind.Expenditure,
        TableKind.FiscalSummary, TableKind.GeneralBudget, TableKind.GeneralBudgetBasic,
        TableKind.GovernmentFund, TableKind.StateCapital, TableKind.ThreePublic,
    ];

    /// <summary>The title as published in the given format year.</summary>
    public static string Title(TableKind kind, ReportFormat format) => kind switch
    {
        TableKind.IncomeExpenditureSummary => "收入支出决算总表",
        TableKind.Income => "收入决算表",
        TableKind.Expenditure => "支出决算表",
        TableKind.FiscalSummary => "财政拨款收入支出决算总表",
        TableKind.GeneralBudget => "一般公共预算财政拨款支出决算表",
        TableKind.GeneralBudgetBasic => "一般公共预算财政拨款基本支出决算表",
        TableKind.GovernmentFund => "政府性基金预算财政拨款收入支出决算表",
        TableKind.StateCapital => "国有资本经营预算财政拨款收入支出决算表",
        TableKind.ThreePublic => format <= ReportFormat.Y2021
            ? "一般公共预算财政拨款“三公”经费支出决算表"
            : "财政拨款“三公”经费支出决算表",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Every title a table may carry in any year (a reader accepts any of them). Quotes are
    /// normalised by the reader, so “三公” and "三公" match alike.
    /// </summary>
    public static IReadOnlyList<string> TitleAliases(TableKind kind) => kind switch
    {
        TableKind.ThreePublic =>
            ["财政拨款“三公”经费支出决算表", "一般公共预算财政拨款“三公”经费支出决算表"],
        TableKind.GeneralBudgetBasic =>
            ["一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"],
        TableKind.StateCapital =>
            ["国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"],
        _ => [Title(kind, ReportFormat.Y2024)],
    };

    /// <summary>1-based position in 第四部分 and the number in “公开0N表”.</summary>
    public static int Number(TableKind kind, ReportFormat format) => kind switch
    {
        TableKind.IncomeExpenditureSummary => 1,
        TableKind.Income => 2,
        TableKind.Expenditure => 3,
        TableKind.FiscalSummary => 4,
        TableKind.GeneralBudget => 5,
        TableKind.GeneralBudgetBasic => 6,
        TableKind.GovernmentFund => format >= ReportFormat.Y2024 ? 7 : 8,
        TableKind.StateCapital => format >= ReportFormat.Y2024 ? 8 : 9,
        TableKind.ThreePublic => format >= ReportFormat.Y2024 ? 9 : 7,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>“公开07表” and so on.</summary>
    public static string Code(TableKind kind, ReportFormat format) => $"公开{Number(kind, format):00}表";

    /// <summary>The tables in their published order for a format year.</summary>
    public static IReadOnlyList<TableKind> InOrder(ReportFormat format) =>
        [.. All.OrderBy(k => Number(k, format))];
}
