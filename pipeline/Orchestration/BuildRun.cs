using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `build` command, top to bottom: take the output folder (log, lock, leftovers) → scan the
/// input folder (covers only) → plan (latest year of each unit) → each unit in parallel, one at a
/// time per worker: read its workbooks, validate, narrate,
/// write Word and HTML, publish with its review pack → the batch index → the exit code. A unit
/// that fails for any reason is that unit's failure, named with the log file; the others go on.
/// </summary>
public static class BuildRun
{
    public static int Execute(BuildSettings settings) => Execute(settings, run => run);

    /// <summary>
    /// <paramref name="around"/> wraps the work of one unit; tests use it to make one unit fail
    /// the way an unforeseen defect would.
    /// </summary>
    internal static int Execute(BuildSettings settings, Func<Func<PlannedUnit, UnitOutcome>, Func<PlannedUnit, UnitOutcome>> around)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var session = OutputSession.TryOpen(settings);
        if (session is null) return ExitCodes.Failure;
        var log = session.Log;
        if (InputPlanning.Pages(settings, log) is not { } pages) return ExitCodes.Failure;
        if (InputPlanning.Scan(settings, log) is not { } plan) return ExitCodes.Failure;

        var folders = UnitFolderNames.Allocate(plan.Units.Select(u => u.Unit.Name));
        var publisher = new UnitPublisher();
        var office = settings.Pdf ? PdfSupport.Find(log) : null;
        var unitRun = new UnitRun(folders, new UnitReportBuilder(settings.TemplatesFolder, pages, office), publisher, settings.OutputFolder, log,
            PreviousOutputs.Scan(settings.OutputFolder), plan.Scan.Formats);
        var work = around(unitRun.Execute);
        var results = BatchRunner.Run(plan.Units, u => u.Unit.Name, (unit, _) => work(unit),
            plan.Units.Count > 1 ? new ConsoleProgressReporter() : null);
        results = [.. results.Select(r => r.Succeeded ? r : r with { ErrorMessage = $"{r.ErrorMessage}（详细信息见日志 {session.LogFile}）" })];
        foreach (var failed in results.Where(r => !r.Succeeded)) log.Error(failed.Exception, "{Message}", failed.ErrorMessage);

        var outcome = BatchIndex.Publish(results, plan, settings.OutputFolder, publisher, pages);
        RunLog.Finished(log, outcome, settings.OutputFolder);
        return outcome.ExitCode(settings.Strict);
    }
}
