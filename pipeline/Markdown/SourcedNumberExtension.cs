using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word.Inlines;
using Markdig;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>⟦display|sN⟧</c> sourced number: parser and both renderers.</summary>
internal sealed class SourcedNumberExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<SourcedNumberInlineParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<HtmlSourcedNumberRenderer>();
        if (renderer is Rendering.Word.WordRenderer word) word.ObjectRenderers.AddIfNotAlready<SourcedNumberInlineRenderer>();
    }
}
