using JuneBudget.Model;

namespace JuneBudget.Markdown.Grids;

/// <summary>Every grid a report refers to: the nine public tables (T01…) and the 自评表 (P01…), by id.</summary>
public static class ReportGrids
{
    public static IReadOnlyDictionary<string, GridTable> Build(BudgetWorkbook workbook, GridWords words) =>
        StatutoryTableGrids.Build(workbook, words).Concat(SelfEvaluationGrids.Build(workbook, words)).ToDictionary(g => g.Id, StringComparer.Ordinal);
}
