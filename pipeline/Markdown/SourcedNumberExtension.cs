using Markdig;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>⟦display|sN⟧</c> sourced number: its parser.</summary>
internal sealed class SourcedNumberExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<SourcedNumberInlineParser>();

    // The writers register their renderers for SourcedNumberInline themselves (Rendering/Word, Rendering/Html).
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
