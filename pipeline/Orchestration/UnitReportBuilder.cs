using System.Text;
using JuneBudget.Facts;
using JuneBudget.Format;
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
/// One unit, in memory: facts (built once per document) → validate → Markdown → one document tree
/// per document → Word, HTML (public and review) → findings JSON and review pages. A unit yields
/// the 公开说明 and, when its workbook has the 整体自评 sheets, the 部门整体支出绩效自评报告; every
/// document is written the same way. Writes nothing to disk; the caller publishes.
/// </summary>
internal sealed class UnitReportBuilder(string templatesRoot, PageTemplates pages)
{
    public UnitDocuments Build(UnitYear unit, IReadOnlyList<Finding> readFindings, string safeUnitName)
    {
        var workbook = unit.Current;
        var facts = ReportFactsBuilder.Build(unit);
        var findings = readFindings.Concat(new BudgetValidator().Validate(unit, facts)).ToList();
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
        var checklist = new ReviewChecklist(workbook.Unit.Name, workbook.Unit.Year, workbook.FileName, findings, placeholders, links);
        return new UnitDocuments(checklist, [.. drafts, .. ReviewPack.Files(pages, checklist)]);
    }

    /// <summary>The Word draft, the public HTML and the review HTML of one document, all from one parsed document tree.</summary>
    private IEnumerable<DraftFile> Documents(UnitYear unit, RenderedReport rendered, IReadOnlyList<Finding> findings, string safeUnitName, string title)
    {
        var workbook = unit.Current;
        var year = workbook.Unit.Year;
        var words = pages.Words(workbook.Unit.Name, year);
        var document = ReportDocument.Parse(rendered.Markdown, ReportGrids.Build(workbook, words.Grids), rendered.Sources);
        var notice = findings.Any(f => f.Severity == Severity.Error) ? words.Notice : null;

        using var docx = new MemoryStream();
        WordReportWriter.Write(document, docx, new WordOptions(workbook.Unit.Name, year) { Notice = notice });
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".docx", title), docx.ToArray());
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", title),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice }));
        yield return new DraftFile(SafeFileNames.ForDraft(safeUnitName, year, ".html", title + ReviewPack.ReviewVariantMarker),
            Html(document, new HtmlOptions { Pages = pages, Notice = notice, Review = true, Findings = findings }));
    }
    private static byte[] Html(ReportDocument document, HtmlOptions options)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlReportWriter.Write(document, text, options);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
