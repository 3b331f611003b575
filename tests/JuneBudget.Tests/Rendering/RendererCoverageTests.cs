using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.Tests.Support;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Tests.Rendering;

public sealed class RendererCoverageTests
{
    private static readonly Type[] Structural = [typeof(Markdig.Syntax.Inlines.ContainerInline), typeof(ListItemBlock), typeof(Markdig.Extensions.Tables.TableRow), typeof(Markdig.Extensions.Tables.TableCell)];

    /// <summary>Markdig drops nodes without a renderer silently; every node type of the corpus must have a Word renderer.</summary>
    [Fact]
    public void EveryNodeTypeOfTheCorpusHasAWordRenderer()
    {
        var document = RenderingCorpus.Parse();
        using var package = WordprocessingDocument.Create(new MemoryStream(), DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        using var body = new WordBodyWriter(main);
        var renderer = new WordRenderer(main, body, "rIdFooter");
        ReportMarkdown.Pipeline.Setup(renderer);

        var types = document.Markdown.Descendants().Select(n => n.GetType()).Distinct().ToList();
        var missing = types.Where(t => !Structural.Contains(t) && !renderer.CanRender(t)).Select(t => t.Name).ToList();
        Assert.Empty(missing);
        // The corpus really exercises every enabled extension and every custom node.
        foreach (var expected in new[] { typeof(GridBlock), typeof(PageBreakBlock), typeof(PlaceholderInline), typeof(SourcedNumberInline), typeof(Markdig.Extensions.Tables.Table), typeof(HeadingBlock), typeof(ListBlock), typeof(QuoteBlock), typeof(CodeBlock), typeof(ThematicBreakBlock), typeof(Markdig.Syntax.Inlines.EmphasisInline), typeof(Markdig.Syntax.Inlines.LinkInline), typeof(Markdig.Syntax.Inlines.AutolinkInline), typeof(Markdig.Syntax.Inlines.CodeInline), typeof(Markdig.Syntax.Inlines.HtmlEntityInline), typeof(Markdig.Syntax.Inlines.LineBreakInline) })
            Assert.Contains(expected, types);
        Assert.NotNull(document.Markdown.Descendants<HeadingBlock>().First().TryGetAttributes()?.Id);
    }

    /// <summary>The same for the HTML writer, which registers our nodes' renderers itself.</summary>
    [Fact]
    public void EveryNodeTypeOfTheCorpusHasAnHtmlRenderer()
    {
        var renderer = HtmlReportWriter.Renderer(TextWriter.Null, review: null);
        var types = RenderingCorpus.Parse().Markdown.Descendants().Select(n => n.GetType()).Distinct();
        Assert.Empty(types.Where(t => !Structural.Contains(t) && !renderer.ObjectRenderers.Any(r => r.Accept(renderer, t))).Select(t => t.Name));
    }

    /// <summary>The Markdown stage parses; it names no writer (style.md §3: writers register their own renderers).</summary>
    [Fact]
    public void TheMarkdownStageKnowsNoWriter()
    {
        var folder = Path.Combine(RepoPaths.Root, "pipeline", "Markdown");
        var code = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetFileName(file), Line: line.Trim())))
            .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal));
        Assert.DoesNotContain(code, l => l.Line.Contains("Rendering", StringComparison.Ordinal) || l.Line.Contains("HtmlRenderer", StringComparison.Ordinal)
            || l.Line.Contains("WordRenderer", StringComparison.Ordinal));
    }
}
