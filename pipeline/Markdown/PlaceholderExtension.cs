using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word.Inlines;
using Markdig;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>The <c>【待补充：…】</c> placeholder: parser and both renderers.</summary>
internal sealed class PlaceholderExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<PlaceholderInlineParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<HtmlPlaceholderRenderer>();
        if (renderer is Rendering.Word.WordRenderer word) word.ObjectRenderers.AddIfNotAlready<PlaceholderInlineRenderer>();
    }
}
