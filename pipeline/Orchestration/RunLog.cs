using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>The concise console lines of a run: what was found, what each unit's workbook held, and how the batch ended.</summary>
internal static class RunLog
{
    public static void Scanned(ILogger log, BuildPlan plan)
    {
        var workbooks = plan.Scan.Workbooks;
        log.Information("找到 {Files} 个工作簿：{Units} 个单位待生成，{Previous} 个作为上年数对照，{Unprocessed} 个无法处理",
            workbooks.Count, plan.Units.Count, plan.PreviousOnly.Count, plan.Unprocessed.Count);
        foreach (var workbook in workbooks)
        {
            var unit = workbook.Unit;
            log.Debug("  {File}：{Unit} {Year}", workbook.FileName, unit?.Name ?? "（无法读取）", unit is null ? "" : unit.Year + "年度");
        }
        foreach (var unprocessed in plan.Unprocessed) log.Warning("  未处理 {File}：{Reason}", unprocessed.FileName, unprocessed.Reason);
    }

    /// <summary>A unit's workbook read whole (when its unit is built): its tables and reading problems.</summary>
    public static void Read(ILogger log, string fileName, LoadedUnit loaded)
    {
        var workbook = loaded.Unit?.Current;
        var tables = workbook?.Tables.ByKind.Values.Count(t => t.Present) ?? 0;
        log.Information("  {File}：{Unit} {Year}，公开表 {Tables}/9，读取问题 {Findings} 个",
            fileName, workbook?.Unit.Name ?? "（未生成）", workbook is null ? "" : workbook.Unit.Year + "年度", tables, loaded.Findings.Count);
        foreach (var finding in loaded.Findings.Where(f => f.Severity == Severity.Error)) log.Warning("    {Message}", finding.Message);
    }

    public static void Finished(ILogger log, BatchOutcome outcome, string outputRoot)
    {
        log.Information("完成：可发布 {Ready}，待补充 {Input}，有错误 {Errors}，处理失败 {Failed}。审核总览：{Index}",
            outcome.Count(ReviewStatus.ReadyToPublish), outcome.Count(ReviewStatus.NeedsInput), outcome.Count(ReviewStatus.HasErrors),
            outcome.FailedUnits, Path.Combine(outputRoot, BatchIndexPage.FileName));
    }
}
