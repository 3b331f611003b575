using System.Text;
using JuneBudget.Cleaning;
using JuneBudget.Cli;
using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Templating;
using JuneBudget.Validation;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `validate` command: read and validate every workbook (previous years included), one unit at a time, write each
/// unit's findings as JSON and as a page, print a summary line per unit. No documents.
/// Exit 0 when no error remains, 2 otherwise.
/// </summary>
public static class ValidateRun
{
    public static int Execute(BuildSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var session = OutputSession.TryOpen(settings);
        if (session is null) return ExitCodes.Failure;
        var log = session.Log;
        if (InputPlanning.Pages(settings, log) is not { } pages) return ExitCodes.Failure;
        if (InputPlanning.Scan(settings, log) is not { } plan) return ExitCodes.Failure;
        var folders = UnitFolderNames.Allocate(plan.Scan.Units.Select(u => u.Unit.Name));
        var publisher = new UnitPublisher();
        var tally = UnitByUnit.Run(plan.Scan.Units, session, plan.Scan.Formats, (planned, loaded, unit) => ValidateOne(planned, loaded, unit, plan, folders, publisher, settings, log, pages));
        return (tally | new UnitTally(plan.HasUnprocessedErrors, false)).ExitCode;
    }

    /// <summary>Validates one workbook and publishes its findings: whether it has errors, whether its files were written.</summary>
    private static UnitTally ValidateOne(PlannedUnit planned, LoadedUnit loaded, UnitYear unit, BuildPlan plan, UnitFolderNames folders, UnitPublisher publisher, BuildSettings settings, Serilog.ILogger log, PageTemplates pages)
    {
        var info = unit.Current.Unit;
        // A workbook that only supplies last year's figures gets no document: what a document
        // would need from a person (C-01 reasons, C-02 its own previous year) does not apply.
        // The same clean-up as build, so validate reports what build would (TEXT findings: a 自评表 text
        // a document would print; not for a workbook that only supplies last year's figures).
        var cleaned = TextCleaning.Apply(unit);
        var findings = loaded.Findings.Concat(cleaned.Findings)
            .Concat(new BudgetValidator().Validate(cleaned.Unit, ReportFactsBuilder.Build(cleaned.Unit)))
            .Where(f => !plan.PreviousOnly.Contains(planned) || !(f.RuleId.StartsWith("C-", StringComparison.Ordinal) || f.RuleId.StartsWith("TEXT-", StringComparison.Ordinal)))
            .ToList();
        var report = FindingsReport.For(unit.Current, findings);
        var published = publisher.Publish(folders.FolderFor(settings.OutputFolder, info.Name, info.Year),
        [
            new DraftFile(FindingsPage.JsonFileName, new FindingsJsonWriter().Utf8(report)),
            new DraftFile(FindingsPage.FileName, Encoding.UTF8.GetBytes(FindingsPage.Render(pages, info.Name, info.Year, findings, Documents(unit.Current, settings.TemplatesFolder)))),
        ]);
        log.Information("{Unit} {Year}年度：错误 {Errors}，警告 {Warnings}，待补充原因 {Reasons}，舍入说明 {Notes}",
            info.Name, info.Year, report.Count(Severity.Error), report.Count(Severity.Warning),
            report.Count(Severity.NeedsReason), report.Count(Severity.RoundingNote));
        foreach (var finding in findings.Where(f => f.Severity == Severity.Error)) log.Warning("  [{Rule}] {Message}", finding.RuleId, finding.Message);
        return UnitByUnit.Published(log, published) | new UnitTally(report.Count(Severity.Error) > 0, false);
    }

    /// <summary>
    /// The documents build would write for the workbook, by name, so validate's findings page is titled
    /// as build's: the 公开说明, and the 自评报告 when the 整体自评 sheets are filled and its format resolves
    /// (a format that does not is build's GEN finding, not validate's).
    /// </summary>
    private static IReadOnlyList<string>? Documents(BudgetWorkbook workbook, string templatesRoot)
    {
        if (workbook.SelfReport is null) return null;
        try
        {
            return SelfReportFormat.Resolve(templatesRoot, workbook.Unit.Year) is { } format
                ? [SafeFileNames.FinalAccountsDocument, SafeFileNames.DocumentOfTitle(format.Title)]
                : null;
        }
        catch (ReportFormatException)
        {
            return null;
        }
    }
}
