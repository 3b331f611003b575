using System.Text;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Rendering;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.Templating;
using JuneBudget.Validation;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Orchestration;

/// <summary>
/// One unit, in memory: facts (built once) → validate → Markdown → one document tree → Word, HTML
/// (public and review) → findings JSON and review pages. Writes nothing to disk; the caller publishes.
/// </summary>
internal sealed class UnitReportBuilder(string templatesRoot, PageTemplates pages)
{
    private const string ReviewTitle = SafeFileNames.FinalAccountsTitle + ReviewPack.ReviewVariantMarker;

    public UnitDocuments Build(UnitYear unit, IReadOnlyList<Finding> readFindings, string safeUnitName)
    {
        var workbook = unit.Current;
        var facts = ReportFactsBuilder.Build(unit);
        var findings = readFindings.Concat(new BudgetValidator().Validate(unit, facts)).ToList();
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
        var checklist = new ReviewChecklist(workbook.Unit.Name, workbook.Unit.Year, workbook.FileName, findings, placeholders, links);
        return new UnitDocuments(checklist, [.. drafts, .. ReviewPack.Files(pages, checklist)]);
    }

    /// <summary>The Word draft, the public HTML and the review HTML, all from one parsed document tree.</summary>
    private IEnumerable<DraftFile> Documents(UnitYear unit, RenderedReport rendered, IReadOnlyList<Finding> findings, string safeUnitName)
    {
        var workbook = unit.Current;
        var year = workbook.Unit.Year;
        var words = pages.Words(workbook.Unit.Name, year);
        var document = ReportDocument.Parse(rendered.Markdown, ReportGrids.Build(workbook, words.Grids), rendered.Sources);
        var notice = findings.Any(f => f.Severity == Severity.Error) ? words.Notice : null;

        using var docx = new MemoryStream();
        WordReportWriter.Write(document, docx, new WordOptions(workbook.Unit.Name, year) { Notice = notice });
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".docx"), docx.ToArray());
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html"),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice }));
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", ReviewTitle),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice, Review = true, Findings = findings }));
    }

    private static byte[] Html(ReportDocument document, HtmlOptions options)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlReportWriter.Write(document, text, options);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
