using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using Markdig;
using Markdig.Renderers;

namespace JuneBudget.Markdown;

/// <summary>
/// Registers the <see cref="GridBlock"/> renderers for both writers. The block itself is made by
/// <see cref="ReportDocument.Parse"/> from a <c>jb-grid</c> fenced block, because its table comes
/// from a dictionary that belongs to one document while the pipeline is shared.
/// </summary>
internal sealed class GridExtension : IMarkdownExtension
{
    /// <summary>The info string of the fenced block that names a grid.</summary>
    public const string InfoString = "jb-grid";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<HtmlGridBlockRenderer>();
        if (renderer is WordRenderer word) word.ObjectRenderers.AddIfNotAlready<GridBlockRenderer>();
    }
}
