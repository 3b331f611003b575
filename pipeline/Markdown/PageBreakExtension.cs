using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>\newpage</c> line: parser and both renderers (the TaskListExtension pattern).</summary>
internal sealed class PageBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser (the fallback), so the line is never read as text.
        if (!pipeline.BlockParsers.Contains<PageBreakBlockParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new PageBreakBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<HtmlPageBreakRenderer>();
        if (renderer is WordRenderer word) word.ObjectRenderers.AddIfNotAlready<PageBreakRenderer>();
    }
}
