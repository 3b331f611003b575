using System.Text.RegularExpressions;
using JuneBudget.Facts;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JuneBudget.Tests.Narrative;

/// <summary>The generated Markdown follows the conventions of AGENTS.md that the writers rely on.</summary>
public sealed partial class MarkdownConventionTests
{
    private static readonly Lazy<RenderedReport> Report = new(() =>
        ReportTemplateRenderer.Render(ReportFactsBuilder.Build(Seed004.UnitYear), RepoPaths.Templates));

    private static MarkdownDocument Parse(string markdown) =>
        Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().DisableHtml().Build());

    [Fact]
    public void EveryHeadingHasAUniqueExplicitIdAndEveryTocLinkPointsToOne()
    {
        var doc = Parse(Report.Value.Markdown);
        var ids = doc.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var links = doc.Descendants<LinkInline>().Select(l => l.Url!).ToList();
        Assert.Equal(33, links.Count);
        Assert.All(links, url => Assert.Contains(url.TrimStart('#'), ids));
    }

    [Fact]
    public void EachPartStartsOnANewPage()
    {
        var lines = Report.Value.Markdown.Split('\n');
        var parts = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("# 第", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal("\\newpage", lines[p.i - 2]));
    }

    [Fact]
    public void TheNineTablesAndTheFifteenSelfEvaluationsAreEmptyGridFences()
    {
        var fences = Parse(Report.Value.Markdown).Descendants<FencedCodeBlock>().ToList();
        Assert.All(fences, f => Assert.Equal("jb-grid", f.Info));
        Assert.All(fences, f => Assert.Equal(0, f.Lines.Count));
        Assert.Equal(
            [.. Enumerable.Range(1, 15).Select(i => $"P{i:00}"), .. Enumerable.Range(1, 9).Select(i => $"T{i:00}")],
            fences.Select(f => f.Arguments));
    }

    [Fact]
    public void EverySourcedNumberHasItsSourcesAndNoOtherIdsAreListed()
    {
        var report = Report.Value;
        var ids = Marker().Matches(report.Markdown).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.True(ids.Count > 200);
        Assert.Equal(ids.Order(), report.Sources.Keys.Order());
    }

    [GeneratedRegex(@"⟦[^|⟧]*\|([^⟧]+)⟧")]
    private static partial Regex Marker();
}
