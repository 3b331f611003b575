using JuneBudget.Discovery;
using JuneBudget.Templating;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>
/// The common start of `build` and `validate`: load the review pages' templates, check the input
/// folder, scan it, say what was read.
/// </summary>
internal static class InputPlanning
{
    /// <summary>
    /// The templates of the review pages, or null when they cannot be used (logged as an error):
    /// without them no unit's review pack or index can be written, so the run stops before any work.
    /// </summary>
    public static PageTemplates? Pages(BuildSettings settings, ILogger log)
    {
        try
        {
            return PageTemplates.Load(settings.TemplatesFolder);
        }
        catch (TemplateException ex)
        {
            log.Error("{Message}", ex.Message);
            return null;
        }
    }

    /// <summary>The plan, or null when there is nothing to work on (already logged as an error).</summary>
    public static BuildPlan? Scan(BuildSettings settings, ILogger log)
    {
        if (!Directory.Exists(settings.InputFolder))
        {
            log.Error("输入文件夹不存在：{Folder}", settings.InputFolder);
            return null;
        }
        var plan = BuildPlan.From(InputScanner.Scan(settings.InputFolder, settings.OutputFolder, Format.FormatLibrary.For(settings.TemplatesFolder)));
        RunLog.Scanned(log, plan);
        if (plan.Scan.Workbooks.Count == 0)
        {
            // A script pointed at the wrong folder must not see success with no documents.
            log.Error("输入文件夹中没有找到任何工作簿（.xlsx、.xlsm、.xls）：{Folder}", settings.InputFolder);
            return null;
        }
        return plan;
    }
}
