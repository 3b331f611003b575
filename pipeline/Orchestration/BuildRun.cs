using JuneBudget.Cli;
using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `build` command, top to bottom: scan the input folder → plan (latest year of each unit) →
/// each unit in parallel: validate, narrate, write Word and HTML, publish with its review pack →
/// the batch index → the exit code.
/// </summary>
public static class BuildRun
{
    public static int Execute(BuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var log = RunLogging.Create(settings.OutputFolder, settings.Verbose);
        if (InputPlanning.Pages(settings, log) is not { } pages) return ExitCodes.Failure;
        if (InputPlanning.Scan(settings, log) is not { } plan) return ExitCodes.Failure;

        var folders = UnitFolderNames.Allocate(plan.Units.Select(u => u.Current.Unit.Name));
        var publisher = new UnitPublisher();
        var unitRun = new UnitRun(plan, folders, new UnitReportBuilder(settings.TemplatesFolder, pages), publisher, settings.OutputFolder, log);
        var results = BatchRunner.Run(plan.Units, u => u.Current.Unit.Name, (unit, _) => unitRun.Execute(unit),
            plan.Units.Count > 1 ? new ConsoleProgressReporter() : null);
        foreach (var failed in results.Where(r => !r.Succeeded)) log.Error(failed.Exception, "{Message}", failed.ErrorMessage);

        var outcome = BatchIndex.Publish(results, plan, settings.OutputFolder, publisher, pages);
        RunLog.Finished(log, outcome, settings.OutputFolder);
        return outcome.ExitCode(settings.Strict);
    }
}
