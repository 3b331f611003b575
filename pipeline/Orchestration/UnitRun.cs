using JuneBudget.Model;
using JuneBudget.Publishing;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>One unit of the batch: generate in memory, then publish into its own folder.</summary>
internal sealed class UnitRun(BuildPlan plan, UnitFolderNames folders, UnitReportBuilder builder, UnitPublisher publisher, string outputRoot, ILogger log)
{
    public UnitOutcome Execute(UnitYear unit)
    {
        var info = unit.Current.Unit;
        var documents = builder.Build(unit, plan.ReadFindings(unit), folders[info.Name]);
        var published = publisher.Publish(folders.FolderFor(outputRoot, info.Name, info.Year), documents.Files);
        var summary = ReviewPack.Summarise(documents.Checklist, published, outputRoot);
        log.Information("{Unit} {Year}年度：{Status}（错误 {Errors}，警告 {Warnings}，待补充原因 {Reasons}，舍入说明 {Notes}）",
            info.Name, info.Year, ReviewStatusText.Label(summary.Status), summary.Errors, summary.Warnings, summary.NeedsReason, summary.RoundingNotes);
        foreach (var file in published.Files)
        {
            if (file.IsProblem || file.Kind == DraftOutcomeKind.KeptEditedWroteBeside) log.Warning("{Message}", file.Message);
            else log.Debug("{Message}", file.Message);
        }
        return new UnitOutcome(summary, published.HasProblems);
    }
}
