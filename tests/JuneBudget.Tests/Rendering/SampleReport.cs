using JuneBudget.Cleaning;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.SampleInput;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Rendering;

/// <summary>
/// The sample unit (seed 004) through every stage, once per test run: workbooks → clean-up → findings → facts
/// → templates → document → .docx and .html. Set JB_SAMPLE_OUT to a folder to keep the two files
/// there for a look (LibreOffice, a browser).
/// </summary>
internal sealed class SampleReport
{
    private static readonly Lazy<SampleReport> Instance = new(Build);

    private SampleReport(
        BudgetWorkbook workbook, IReadOnlyList<Finding> findings, RenderedReport rendered,
        IReadOnlyDictionary<string, GridTable> grids, ReportDocument document, byte[] docx, string html)
    {
        Workbook = workbook;
        Findings = findings;
        Rendered = rendered;
        Grids = grids;
        Document = document;
        Docx = docx;
        Html = html;
    }

    public static SampleReport Value => Instance.Value;

    public BudgetWorkbook Workbook { get; }

    public IReadOnlyList<Finding> Findings { get; }

    public RenderedReport Rendered { get; }

    public IReadOnlyDictionary<string, GridTable> Grids { get; }

    public ReportDocument Document { get; }

    public byte[] Docx { get; }

    public string Html { get; }

    private static SampleReport Build()
    {
        var wb2023 = Seed004Sample.Workbook2023();
        return For(new UnitYear(Seed004Sample.Workbook2024(), wb2023, PriorYearExtractor.FromWorkbook(wb2023)), RepoPaths.Templates);
    }

    /// <summary>Any unit through every stage with the templates of <paramref name="templatesRoot"/>.</summary>
    public static SampleReport For(UnitYear unit, string templatesRoot)
    {
        // As UnitReportBuilder: the texts are cleaned before the facts are built.
        var cleaned = TextCleaning.Apply(unit);
        unit = cleaned.Unit;
        var workbook = unit.Current;
        var facts = ReportFactsBuilder.Build(unit);
        IReadOnlyList<Finding> findings = [.. cleaned.Findings, .. new BudgetValidator().Validate(unit, facts)];
        var rendered = ReportTemplateRenderer.Render(facts, templatesRoot);
        var grids = ReportGrids.Build(workbook, RepoTemplates.GridWords(workbook));
        var document = ReportDocument.Parse(rendered.Markdown, grids, rendered.Sources);
        var notice = findings.Any(f => f.Severity == Severity.Error) ? RepoTemplates.Notice : null;

        using var docx = new MemoryStream();
        WordReportWriter.Write(document, docx, new WordOptions(workbook.Unit.Name, workbook.Unit.Year) { Notice = notice });
        using var html = new StringWriter();
        HtmlReportWriter.Write(document, html, new HtmlOptions { Pages = RepoTemplates.Pages, Notice = notice });

        var sample = new SampleReport(workbook, findings, rendered, grids, document, docx.ToArray(), html.ToString());
        if (Environment.GetEnvironmentVariable("JB_SAMPLE_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var name = "sample" + workbook.Unit.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllBytes(Path.Combine(folder, name + ".docx"), sample.Docx);
            File.WriteAllText(Path.Combine(folder, name + ".html"), sample.Html);
            File.WriteAllText(Path.Combine(folder, name + ".md"), rendered.Markdown);
        }
        return sample;
    }
}
