using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>
/// One unit of the batch: read its workbooks, generate in memory, then publish into its own folder;
/// nothing of the unit outlives the call but its index row. A unit whose
/// workbook earlier went to another folder (its name on the cover changed) is told so in its
/// index row; the old folder is not touched.
/// </summary>
internal sealed class UnitRun(UnitFolderNames folders, UnitReportBuilder builder, UnitPublisher publisher, string outputRoot, ILogger log,
    PreviousOutputs previous, Format.FormatLibrary formats)
{
    public UnitOutcome Execute(PlannedUnit planned)
    {
        var loaded = UnitLoader.Load(planned, formats);
        RunLog.Read(log, planned.Current.FileName, loaded);
        if (loaded.Unit is not { } unit)
            return UnitOutcome.Skipped(new UnprocessedInput(planned.Current.FileName, string.Join("；", loaded.Findings.Select(f => f.Message))),
                loaded.Findings.Any(f => f.Severity == Severity.Error));
        var info = unit.Current.Unit;
        var folder = folders.FolderFor(outputRoot, info.Name, info.Year);
        // A draft the reviewer edited is kept (the new one goes beside it), so it is what gets published: check it.
        var check = builder.CheckEdited(unit, folder, folders[info.Name]);
        var documents = builder.Build(unit, loaded.Findings, folders[info.Name], check);
        if (check is not null) CheckRun.Logged(log, check);
        var published = publisher.Publish(folder, documents.Files);
        var renamed = previous.ElsewhereThan(unit.Current.FileName, info.Year, folder)
            .Select(old => $"单位名称与上次生成时不同：{unit.Current.FileName} 上次的输出在“{Path.GetRelativePath(outputRoot, old)}”，该文件夹未作改动，核对后可自行删除。")
            .ToList();
        var summary = ReviewPack.Summarise(documents.Checklist, published, outputRoot);
        if (renamed.Count > 0) summary = summary with { Notes = [.. summary.Notes, .. renamed] };
        foreach (var note in renamed) log.Warning("{Unit} {Year}年度：{Message}", info.Name, info.Year, note);
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
