using System.Text;
using JuneBudget.Checking;
using JuneBudget.Cleaning;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Rendering;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Pdf;
using JuneBudget.Rendering.Word;
using JuneBudget.Templating;
using JuneBudget.Validation;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Orchestration;

/// <summary>
/// One unit, in memory: text clean-up → facts (built once) → validate → Markdown → one document tree → Word, HTML
/// (public and review) → findings JSON and review pages. Writes nothing to disk; the caller publishes.
/// With LibreOffice (build --pdf) the Word draft gets its 目录 page numbers from LibreOffice's
/// rendering and a PDF beside it; a failed conversion is a GEN-02 warning and the rest goes on.
/// </summary>
internal sealed class UnitReportBuilder(string templatesRoot, PageTemplates pages, LibreOffice? office = null)
{
    private const string ReviewTitle = SafeFileNames.FinalAccountsTitle + ReviewPack.ReviewVariantMarker;

    /// <param name="check">The check of the reviewer's edited Word draft (<see cref="CheckEdited"/>): shown on the
    /// checklist and written as 核对结果.html and .json; null when the draft was not edited.</param>
    public UnitDocuments Build(UnitYear unit, IReadOnlyList<Finding> readFindings, string safeUnitName, CheckReport? check = null)
    {
        var cleaned = TextCleaning.Apply(unit);
        unit = cleaned.Unit;
        var workbook = unit.Current;
        var facts = ReportFactsBuilder.Build(unit);
        var findings = readFindings.Concat(cleaned.Findings).Concat(new BudgetValidator().Validate(unit, facts)).ToList();
        var drafts = new List<DraftFile>();
        IReadOnlyList<string> placeholders = [];
        try
        {
            var rendered = ReportTemplateRenderer.Render(facts, templatesRoot);
            placeholders = rendered.Placeholders;
            drafts.AddRange(Documents(unit, rendered, findings, safeUnitName));
        }
        catch (Exception ex) when (ex is TemplateException or ReportDocumentException or DocumentRenderException or Format.ReportFormatException)
        {
            findings.Add(GenerationFindings.From(workbook.FileName, ex));
        }
        drafts.Add(new DraftFile(FindingsPage.JsonFileName, new FindingsJsonWriter().Utf8(FindingsReport.For(workbook, findings))));
        var links = drafts.Where(d => d.Name != FindingsPage.JsonFileName).Select(d => new ReviewLink(ReviewLink.DraftKind(d.Name), d.Name)).ToList();
        var checklist = new ReviewChecklist(workbook.Unit.Name, workbook.Unit.Year, workbook.FileName, findings, placeholders, links)
        {
            DraftCheck = check is null ? null : DraftCheckResult.From(check),
        };
        if (check is not null)
        {
            drafts.Add(new DraftFile(CheckReport.JsonFileName, CheckReportFiles.Json(check)));
            drafts.Add(new DraftFile(CheckReport.FileName, CheckReportFiles.Html(pages, check)));
        }
        return new UnitDocuments(checklist, [.. drafts, .. ReviewPack.Files(pages, checklist)]);
    }

    /// <summary>
    /// The check of the unit's Word draft in <paramref name="folder"/> when a reviewer edited it
    /// (its bytes differ from the manifest's); null when there is none or it is JuneBudget's own.
    /// </summary>
    public CheckReport? CheckEdited(UnitYear unit, string folder, string safeUnitName)
    {
        var draftName = SafeFileNames.ForDraft(safeUnitName, unit.Current.Unit.Year, ".docx");
        // A draft held open is not read here; publishing reports it as 被占用.
        if (ExistingFile.Inspect(Path.Combine(folder, draftName)) is not { Exists: true, IsLocked: false }) return null;
        var report = CheckRun.CheckOne(unit, folder, draftName, templatesRoot, pages);
        return report.Outcome == CheckOutcome.SameAsGenerated ? null : report;
    }

    /// <summary>The Word draft (and its PDF), the public HTML and the review HTML, all from one parsed document tree.</summary>
    private List<DraftFile> Documents(UnitYear unit, RenderedReport rendered, List<Finding> findings, string safeUnitName)
    {
        var workbook = unit.Current;
        var year = workbook.Unit.Year;
        var words = pages.Words(workbook.Unit.Name, year);
        var document = ReportDocument.Parse(rendered.Markdown, ReportGrids.Build(workbook, words.Grids), rendered.Sources);
        var notice = findings.Any(f => f.Severity == Severity.Error) ? words.Notice : null;
        var files = new List<DraftFile>();
        var options = new WordOptions(workbook.Unit.Name, year) { Notice = notice };
        var pdf = office is null ? null : Pdf(document, options, workbook.FileName, findings);
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".docx"), pdf?.Docx ?? Word(document, options)));
        if (pdf is not null) files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".pdf"), pdf.Value.Pdf));
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html"),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice })));
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", ReviewTitle),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice, Review = true, Findings = findings })));
        return files;
    }

    private static byte[] Word(ReportDocument document, WordOptions options)
    {
        using var docx = new MemoryStream();
        WordReportWriter.Write(document, docx, options);
        return docx.ToArray();
    }

    /// <summary>The Word draft with 目录 page numbers and its PDF; null (and a GEN-02 warning) when LibreOffice fails.</summary>
    private (byte[] Docx, byte[] Pdf)? Pdf(ReportDocument document, WordOptions options, string fileName, List<Finding> findings)
    {
        try
        {
            return PdfDraft.Write(document, options, office!);
        }
        catch (PdfExportException e)
        {
            findings.Add(GenerationFindings.PdfFailed(fileName, e));
            return null;
        }
    }

    private static byte[] Html(ReportDocument document, HtmlOptions options)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlReportWriter.Write(document, text, options);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
