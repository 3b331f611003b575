using System.Diagnostics;
using JuneBudget.Checking;
using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Templating;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `check` command: for every unit of the input folder, the Word draft in its output folder
/// is compared with what the workbook says now. A draft whose bytes are those JuneBudget wrote
/// (manifest) is 与生成稿一致 at once; an edited one is read and checked (<see cref="DraftChecker"/>).
/// Each unit gets 核对结果.html and .json. Exit 0 when no draft has an error, 2 otherwise.
/// </summary>
public static class CheckRun
{
    /// <param name="settings">The folders.</param>
    /// <param name="draftFile">A document JuneBudget did not generate (.docx or .pdf), checked against the
    /// workbook of its unit in the input folder instead of the drafts in the output folder; null for those.</param>
    /// <param name="alone">With <paramref name="draftFile"/>: no workbook (no --input), the document is checked against its own
    /// tables and arithmetic (<see cref="OwnFiguresChecker"/>).</param>
    public static int Execute(BuildSettings settings, string? draftFile = null, bool alone = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var session = OutputSession.TryOpen(settings);
        if (session is null) return ExitCodes.Failure;
        var log = session.Log;
        if (InputPlanning.Pages(settings, log) is not { } pages) return ExitCodes.Failure;
        if (draftFile is not null && alone) return CheckAlone(draftFile, settings, pages, log);
        if (InputPlanning.Scan(settings, log) is not { } plan) return ExitCodes.Failure;
        if (draftFile is not null) return CheckForeign(draftFile, plan, settings, pages, log);
        var folders = UnitFolderNames.Allocate(plan.Scan.Units.Select(u => u.Unit.Name));
        var publisher = new UnitPublisher();
        var tally = UnitByUnit.Run(plan.Units, session, plan.Scan.Formats, (_, _, unit) =>
        {
            var info = unit.Current.Unit;
            var folder = folders.FolderFor(settings.OutputFolder, info.Name, info.Year);
            var clock = Stopwatch.StartNew();
            var report = CheckOne(unit, folder, SafeFileNames.ForDraft(folders[info.Name], info.Year, ".docx"), settings.TemplatesFolder, pages);
            return Published(log, publisher, folder, "", report, pages, clock);
        });
        return (tally | new UnitTally(plan.HasUnprocessedErrors, false)).ExitCode;
    }

    /// <summary>
    /// A document written by hand (or published as PDF) against the workbook of its unit: the unit
    /// whose name and year its title or first paragraphs give, or the only unit of the input. The
    /// result goes to 核对结果-⟨文件名⟩.html and .json in the output folder.
    /// </summary>
    private static int CheckForeign(string draftFile, BuildPlan plan, BuildSettings settings, PageTemplates pages, ILogger log)
    {
        if (Read(draftFile, log) is not { } draft) return ExitCodes.Failure;
        var opening = TextForm.Normalise(string.Concat((draft.Title is null ? [] : new[] { draft.Title }).Concat(draft.Paragraphs.Take(3))));
        var candidates = plan.Units.Where(u => opening.Contains(TextForm.Normalise(u.Unit.Name + u.Unit.Year), StringComparison.Ordinal)).ToList();
        if (candidates.Count != 1 && plan.Units.Count == 1) candidates = [.. plan.Units];
        if (candidates.Count != 1)
        {
            log.Error("无法确定“{File}”是哪个单位哪一年度的说明：输入文件夹中有 {Count} 个单位，标题中的单位名称和年度与其中任何一个都不完全相同。请只把该单位的工作簿放在 --input 文件夹中。", draftFile, plan.Units.Count);
            return ExitCodes.Failure;
        }
        if (UnitByUnit.Load(log, candidates[0], plan.Scan.Formats).Unit is not { } unit) return ExitCodes.ValidationErrors;
        var clock = Stopwatch.StartNew();
        var expected = ExpectedDraft.Build(unit, settings.TemplatesFolder, pages);
        var report = CheckReport.Checked(unit.Current.Unit.Name, unit.Current.Unit.Year, Path.GetFileName(draftFile), unit.Current.FileName, DraftChecker.Check(expected, draft));
        return Published(log, new UnitPublisher(), settings.OutputFolder, Suffix(draftFile), report, pages, clock).ExitCode;
    }

    /// <summary>
    /// A document without a workbook: its sentences against its own attached tables and their own arithmetic. The
    /// unit and year are those of its title. The result goes to 核对结果-⟨文件名⟩.html and .json in the output folder.
    /// </summary>
    private static int CheckAlone(string draftFile, BuildSettings settings, PageTemplates pages, ILogger log)
    {
        if (Read(draftFile, log) is not { } draft) return ExitCodes.Failure;
        var clock = Stopwatch.StartNew();
        var (unitName, year) = DocumentTitle.Parse(draft.Title ?? (draft.Paragraphs.Count > 0 ? draft.Paragraphs[0] : ""));
        var report = CheckReport.Checked(unitName ?? Path.GetFileNameWithoutExtension(draftFile), year, Path.GetFileName(draftFile), null, OwnFiguresChecker.Check(draft));
        return Published(log, new UnitPublisher(), settings.OutputFolder, Suffix(draftFile), report, pages, clock).ExitCode;
    }

    /// <summary>The document read (.pdf by its extension, else .docx), or null with the reason logged.</summary>
    private static DraftView? Read(string draftFile, ILogger log)
    {
        try
        {
            using var stream = File.OpenRead(draftFile);
            return DraftView.Build(Path.GetExtension(draftFile).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? PdfDraftReader.Read(stream) : DocxDraftReader.Read(stream));
        }
        catch (Exception ex) when (ex is DraftReadException or IOException or UnauthorizedAccessException)
        {
            log.Error("无法读取要核对的文件“{File}”：{Message}", draftFile, ex.Message);
            return null;
        }
    }

    /// <summary>-⟨文件名⟩: the result files of a given document are named after it, so two documents checked into one folder keep theirs.</summary>
    private static string Suffix(string draftFile) => "-" + SafeFileNames.Sanitize(Path.GetFileNameWithoutExtension(draftFile), maxLength: 40);

    /// <summary>
    /// Writes the report as 核对结果⟨suffix⟩.html and .json into <paramref name="folder"/> and logs it; a result file that
    /// cannot be written (held open in a browser or editor, a failed write) is an error naming the file, as in `build`.
    /// </summary>
    private static UnitTally Published(ILogger log, UnitPublisher publisher, string folder, string suffix, CheckReport report, PageTemplates pages, Stopwatch clock)
    {
        var published = publisher.Publish(folder,
        [
            new DraftFile($"{Path.GetFileNameWithoutExtension(CheckReport.JsonFileName)}{suffix}.json", CheckReportFiles.Json(report)),
            new DraftFile($"{Path.GetFileNameWithoutExtension(CheckReport.FileName)}{suffix}.html", CheckReportFiles.Html(pages, report)),
        ]);
        Logged(log, report);
        log.Debug("核对用时 {Milliseconds} 毫秒", (long)clock.Elapsed.TotalMilliseconds);
        return UnitByUnit.Published(log, published) | new UnitTally(report.Outcome is CheckOutcome.HasErrors or CheckOutcome.NotChecked, false);
    }

    /// <summary>The check of the unit's Word draft in <paramref name="folder"/>.</summary>
    internal static CheckReport CheckOne(UnitYear unit, string folder, string draftName, string templatesRoot, PageTemplates pages)
    {
        var info = unit.Current.Unit;
        var path = Path.Combine(folder, draftName);
        if (!File.Exists(path))
            return new CheckReport(info.Name, info.Year, draftName, unit.Current.FileName, CheckOutcome.NotChecked, "文件夹中没有这份草稿，请先运行 build 生成。", []);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CheckReport(info.Name, info.Year, draftName, unit.Current.FileName, CheckOutcome.NotChecked, $"无法读取草稿（可能正在 Word 等程序中打开）：{ex.Message}", []);
        }
        if (DraftManifest.Load(folder).Find(draftName)?.Sha256 == DraftManifest.Hash(bytes))
            return new CheckReport(info.Name, info.Year, draftName, unit.Current.FileName, CheckOutcome.SameAsGenerated, "", []);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var draft = DraftView.Build(DocxDraftReader.Read(stream));
            var expected = ExpectedDraft.Build(unit, templatesRoot, pages);
            return CheckReport.Checked(info.Name, info.Year, draftName, unit.Current.FileName, DraftChecker.Check(expected, draft));
        }
        catch (DraftReadException ex)
        {
            return new CheckReport(info.Name, info.Year, draftName, unit.Current.FileName, CheckOutcome.NotChecked, ex.Message, []);
        }
    }

    /// <summary>The outcome line, and each error on its own line.</summary>
    internal static void Logged(ILogger log, CheckReport report)
    {
        log.Information("{Unit} {Year}年度 《{Draft}》：{Outcome}（错误 {Errors}，待人工核对 {Reviews}）{Note}",
            report.UnitName, report.Year, report.Draft, OutcomeText(report.Outcome), report.Errors, report.Reviews, report.Note);
        foreach (var finding in report.Findings.Where(f => f.Severity == CheckSeverity.Error)) log.Warning("  {Message}", finding.Message);
    }

    /// <summary>The outcome's words in log lines (the page's are in templates/审核/核对结果.sbn).</summary>
    private static string OutcomeText(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.SameAsGenerated => "与生成稿一致",
        CheckOutcome.Passed => "核对通过",
        CheckOutcome.NeedsReview => "待人工核对",
        CheckOutcome.HasErrors => "有错误",
        _ => "无法核对",
    };
}
