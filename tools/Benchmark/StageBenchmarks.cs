using System.Text;
using BenchmarkDotNet.Attributes;
using JuneBudget.Discovery;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.Templating;
using JuneBudget.Validation;
using JuneBudget.Workbooks;

namespace JuneBudget.Benchmark;

/// <summary>
/// One unit's stages, each on its own, with BenchmarkDotNet (in process, so no second build):
/// the bundled sample (2024 with its 2023 workbook). Run:
/// <c>dotnet run -c Release --project tools/Benchmark -- bdn</c> (add BenchmarkDotNet's own
/// arguments after it, e.g. <c>--filter *Word*</c>).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private PlannedUnit _planned = null!;
    private UnitYear _unit = null!;
    private ReportFacts _facts = null!;
    private IReadOnlyList<Finding> _findings = null!;
    private RenderedReport _rendered = null!;
    private PageTemplates _pages = null!;
    private ReportDocument _document = null!;
    private ReviewChecklist _checklist = null!;
    private string _templates = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Cli.RepositoryPaths.Root;
        _templates = Path.Combine(root, "templates");
        var scan = InputScanner.Scan(Path.Combine(root, "input"));
        _planned = scan.Units.Single(u => u.Unit.Year == 2024);
        _path = _planned.Current.Path;
        _unit = UnitLoader.Load(_planned).Unit!;
        _facts = ReportFactsBuilder.Build(_unit);
        _findings = new BudgetValidator().Validate(_unit, _facts);
        _rendered = ReportTemplateRenderer.Render(_facts, _templates);
        _pages = PageTemplates.Load(_templates);
        var words = _pages.Words(_unit.Current.Unit.Name, _unit.Current.Unit.Year);
        _document = ReportDocument.Parse(_rendered.Markdown, ReportGrids.Build(_unit.Current, words.Grids), _rendered.Sources);
        _checklist = new ReviewChecklist(_unit.Current.Unit.Name, _unit.Current.Unit.Year, _unit.Current.FileName, _findings, _rendered.Placeholders, []);
    }

    [Benchmark(Description = "identify (cover only)")]
    public object Identify() => WorkbookReader.Identify(_path);

    [Benchmark(Description = "read (both years)")]
    public object Read() => UnitLoader.Load(_planned);

    [Benchmark(Description = "facts")]
    public object Facts() => ReportFactsBuilder.Build(_unit);

    [Benchmark(Description = "validate")]
    public object Validate() => new BudgetValidator().Validate(_unit, _facts);

    [Benchmark(Description = "narrative (Scriban → Markdown)")]
    public object Narrative() => ReportTemplateRenderer.Render(_facts, _templates);

    [Benchmark(Description = "document tree (grids + Markdig)")]
    public object Document()
    {
        var words = _pages.Words(_unit.Current.Unit.Name, _unit.Current.Unit.Year);
        return ReportDocument.Parse(_rendered.Markdown, ReportGrids.Build(_unit.Current, words.Grids), _rendered.Sources);
    }

    [Benchmark(Description = "Word .docx")]
    public long Word()
    {
        using var docx = new MemoryStream();
        WordReportWriter.Write(_document, docx, new WordOptions(_unit.Current.Unit.Name, _unit.Current.Unit.Year));
        return docx.Length;
    }

    [Benchmark(Description = "HTML (public + review)")]
    public int Html()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlReportWriter.Write(_document, text, new HtmlOptions { Pages = _pages });
        HtmlReportWriter.Write(_document, text, new HtmlOptions { Pages = _pages, Review = true, Findings = _findings });
        return text.GetStringBuilder().Length;
    }

    [Benchmark(Description = "review pack (checklist, findings page + JSON)")]
    public int ReviewPackPages() =>
        ReviewPack.Files(_pages, _checklist).Sum(f => f.Content.Length)
        + new Validation.Reports.FindingsJsonWriter().Utf8(Validation.Reports.FindingsReport.For(_unit.Current, _findings)).Length;
}
