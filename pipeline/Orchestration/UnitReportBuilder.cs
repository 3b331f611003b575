using System.Text;
using JuneBudget.Checking;
using JuneBudget.Cleaning;
using JuneBudget.Facts;
using JuneBudget.Format;
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
/// One unit, in memory: text clean-up → facts (built once per document) → validate → Markdown → one document
/// tree per document → Word, HTML (public and review) → findings JSON and review pages. A unit yields the
/// 公开说明 and, when its workbook has the 整体自评 sheets, the 部门整体支出绩效自评报告; every document is
/// written the same way. Writes nothing to disk; the caller publishes.
/// With LibreOffice (build --pdf) the Word draft gets its 目录 page numbers from LibreOffice's
/// rendering and a PDF beside it; a failed conversion is a GEN-02 warning and the rest goes on.
/// </summary>
internal sealed class UnitReportBuilder(string templatesRoot, PageTemplates pages, LibreOffice? office = null)
{
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
        var placeholders = new List<string>();
        var kinds = new List<(string Title, Func<RenderedReport> Render)>
        {
            (SafeFileNames.FinalAccountsTitle, () => ReportTemplateRenderer.Render(facts, templatesRoot)),
        };
        try
        {
            if (workbook.SelfReport is not null && SelfReportFormat.Resolve(templatesRoot, workbook.Unit.Year) is { } format
                && SelfReportFactsBuilder.Build(unit, format) is { } selfFacts)
            {
                kinds.Add((format.Title, () => ReportTemplateRenderer.Render(format.TemplateFiles, templatesRoot, selfFacts, selfFacts.Sources)));
            }
        }
        catch (ReportFormatException ex)
        {
            findings.Add(GenerationFindings.From(workbook.FileName, ex));
        }
        foreach (var (title, render) in kinds)
        {
            try
            {
                var rendered = render();
                placeholders.AddRange(rendered.Placeholders.Except(placeholders));
                drafts.AddRange(Documents(unit, rendered, findings, safeUnitName, title));
            }
            catch (Exception ex) when (ex is TemplateException or ReportDocumentException or DocumentRenderException or ReportFormatException)
            {
                findings.Add(GenerationFindings.From(workbook.FileName, ex));
            }
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
        if (ExistingFile.Inspect(Path.Combine(folder, draftName)) is not { Exists: true, IsLocked: false } existing) return null;
        // The draft as JuneBudget wrote it (the usual rebuild): the hash Inspect took already says so, without reading it again.
        if (DraftManifest.Load(folder).Find(draftName)?.Sha256 == existing.Sha256) return null;
        var report = CheckRun.CheckOne(unit, folder, draftName, templatesRoot, pages);
        return report.Outcome == CheckOutcome.SameAsGenerated ? null : report;
    }

    /// <summary>The Word draft (and its PDF), the public HTML and the review HTML of one document, all from one parsed document tree.</summary>
    private List<DraftFile> Documents(UnitYear unit, RenderedReport rendered, List<Finding> findings, string safeUnitName, string title)
    {
        var workbook = unit.Current;
        var year = workbook.Unit.Year;
        var words = pages.Words(workbook.Unit.Name, year);
        var document = ReportDocument.Parse(rendered.Markdown, ReportGrids.Build(workbook, words.Grids), rendered.Sources);
        var notice = findings.Any(f => f.Severity == Severity.Error) ? words.Notice : null;
        var files = new List<DraftFile>();
        var options = new WordOptions(workbook.Unit.Name, year) { Notice = notice };
        var pdf = office is null ? null : Pdf(document, options, workbook.FileName, findings);
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".docx", title), pdf?.Docx ?? Word(document, options)));
        if (pdf is not null) files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".pdf", title), pdf.Value.Pdf));
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", title),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice })));
        files.Add(new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", title + ReviewPack.ReviewVariantMarker),
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
