using System.Globalization;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Rendering.Word;
using JuneBudget.Templating;

namespace JuneBudget.Checking;

/// <summary>
/// What the generator would write now from the workbook, read back exactly like a draft: the
/// report is rendered (templates → Markdown → one document → .docx in memory) and the .docx read
/// by <see cref="DocxDraftReader"/>; the Markdown's ⟦…|id⟧ marks tell which numbers are computed
/// and from which cells. Reading our own .docx back (rather than parsing template files) keeps
/// the checker independent of how the templates are organised.
/// </summary>
public sealed class ExpectedDraft
{
    private ExpectedDraft(DraftView view, RenderedReport rendered, string workbookFile, string? previousFile, string unitName, int year, byte[] docx)
    {
        PreviousFile = previousFile;
        View = view;
        Sources = rendered.Sources;
        Markdown = rendered.Markdown;
        WorkbookFile = workbookFile;
        UnitName = unitName;
        Year = year;
        Docx = docx;
        Amounts = KnownAmounts(view);
    }

    public DraftView View { get; }

    /// <summary>The cells behind each computed figure (RenderedReport.Sources).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources { get; }

    /// <summary>The rendered Markdown (AGENTS.md conventions).</summary>
    public string Markdown { get; }

    /// <summary>The workbook the figures come from (its cells are named without the file).</summary>
    public string WorkbookFile { get; }

    /// <summary>Last year's workbook, whose cells are named 上年 in findings.</summary>
    public string? PreviousFile { get; }

    public string UnitName { get; }

    public int Year { get; }

    /// <summary>The .docx the generator would write now (without the unpublishable notice).</summary>
    public byte[] Docx { get; }

    /// <summary>Every amount (万元) the generated document prints, in its text or its tables: what an added amount may equal.</summary>
    public IReadOnlySet<decimal> Amounts { get; }

    /// <exception cref="TemplateException">A template fails.</exception>
    /// <exception cref="ReportDocumentException">The rendered Markdown is not a valid document.</exception>
    public static ExpectedDraft Build(UnitYear unit, string templatesRoot, PageTemplates pages)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(pages);
        // The same text clean-up as build, so the expected text is the text build writes.
        unit = Cleaning.TextCleaning.Apply(unit).Unit;
        var workbook = unit.Current;
        var facts = ReportFactsBuilder.Build(unit);
        var rendered = ReportTemplateRenderer.Render(facts, templatesRoot);
        var words = pages.Words(workbook.Unit.Name, workbook.Unit.Year);
        var document = ReportDocument.Parse(rendered.Markdown, ReportGrids.Build(workbook, words.Grids), rendered.Sources);
        using var docx = new MemoryStream();
        WordReportWriter.Write(document, docx, new WordOptions(workbook.Unit.Name, workbook.Unit.Year));
        var bytes = docx.ToArray();
        using var read = new MemoryStream(bytes, writable: false);
        var lines = new SourcedLines(rendered.Markdown);
        var view = DraftView.Build(DocxDraftReader.Read(read), lines.For);
        return new ExpectedDraft(view, rendered, workbook.FileName, unit.PreviousWorkbook?.FileName, workbook.Unit.Name, workbook.Unit.Year, bytes);
    }

    /// <summary>The cells of a computed figure in the short form of a finding: 公开05表 D12, last year's as 上年公开05表 D12.</summary>
    public string CellsOf(string? sourceId)
    {
        if (sourceId is null || !Sources.TryGetValue(sourceId, out var cells)) return "";
        return string.Join("、", cells.Select(c =>
            c.File == WorkbookFile ? $"{c.Sheet} {c.Cell}" : c.File == PreviousFile ? $"上年{c.Sheet} {c.Cell}" : $"《{c.File}》{c.Sheet} {c.Cell}"));
    }

    /// <summary>The full cell names (SourceRef.ToString) of a computed figure.</summary>
    public IReadOnlyList<string> FullCellsOf(string? sourceId) =>
        sourceId is not null && Sources.TryGetValue(sourceId, out var cells) ? [.. cells.Select(c => c.ToString())] : [];

    private static HashSet<decimal> KnownAmounts(DraftView view)
    {
        var amounts = view.Sentences.SelectMany(s => s.Numbers).Where(n => n.IsAmount).Select(n => n.InTenThousandYuan).ToHashSet();
        foreach (var cell in view.Tables.SelectMany(t => t.Rows).SelectMany(r => r))
        {
            if (decimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                amounts.Add(value);
        }
        return amounts;
    }
}
