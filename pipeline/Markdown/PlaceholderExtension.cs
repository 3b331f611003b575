using Markdig;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>【待补充：…】</c> placeholder: its parser.</summary>
internal sealed class PlaceholderExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<PlaceholderInlineParser>();

    // The writers register their renderers for PlaceholderInline themselves (Rendering/Word, Rendering/Html).
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
