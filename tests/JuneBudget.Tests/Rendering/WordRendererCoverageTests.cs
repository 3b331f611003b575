using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Word;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Tests.Rendering;

public sealed class WordRendererCoverageTests
{
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
        var structural = new[] { typeof(Markdig.Syntax.Inlines.ContainerInline), typeof(ListItemBlock), typeof(Markdig.Extensions.Tables.TableRow), typeof(Markdig.Extensions.Tables.TableCell) };
        var missing = types.Where(t => !structural.Contains(t) && !renderer.CanRender(t)).Select(t => t.Name).ToList();
        Assert.Empty(missing);
        // The corpus really exercises every enabled extension and every custom node.
        foreach (var expected in new[] { typeof(GridBlock), typeof(PageBreakBlock), typeof(PlaceholderInline), typeof(SourcedNumberInline), typeof(Markdig.Extensions.Tables.Table), typeof(HeadingBlock), typeof(ListBlock), typeof(QuoteBlock), typeof(CodeBlock), typeof(ThematicBreakBlock), typeof(Markdig.Syntax.Inlines.EmphasisInline), typeof(Markdig.Syntax.Inlines.LinkInline), typeof(Markdig.Syntax.Inlines.AutolinkInline), typeof(Markdig.Syntax.Inlines.CodeInline), typeof(Markdig.Syntax.Inlines.HtmlEntityInline), typeof(Markdig.Syntax.Inlines.LineBreakInline) })
            Assert.Contains(expected, types);
        Assert.NotNull(document.Markdown.Descendants<HeadingBlock>().First().TryGetAttributes()?.Id);
    }
}
