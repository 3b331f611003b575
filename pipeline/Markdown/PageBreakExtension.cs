using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>\newpage</c> line: its parser.</summary>
internal sealed class PageBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser (the fallback), so the line is never read as text.
        if (!pipeline.BlockParsers.Contains<PageBreakBlockParser>())
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new PageBreakBlockParser());
    }

    // The writers register their renderers for PageBreakBlock themselves (Rendering/Word, Rendering/Html).
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
