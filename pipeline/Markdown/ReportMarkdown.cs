using Markdig;
using Markdig.Extensions.Tables;

namespace JuneBudget.Markdown;

/// <summary>
/// The one Markdig pipeline of the project, built once (Markdig pipelines are immutable and
/// thread-safe). Every extension here is a node type that BOTH writers render: pipe tables,
/// generic attributes (only for explicit heading ids such as <c>{#s2-1}</c>, because Markdig's
/// auto-identifiers drop CJK characters) and our own parts (page breaks, placeholders, sourced
/// numbers; grids are made by <see cref="ReportDocument.Parse"/>). Our extensions only parse: the
/// Markdown stage knows no writer, and each writer registers the renderers of our nodes itself
/// (WordRenderer's constructor, HtmlReportWriter). Raw HTML is disabled so a user-edited template
/// cannot inject markup.
/// </summary>
internal static class ReportMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .DisableHtml();
        builder.Extensions.AddIfNotAlready<PageBreakExtension>();
        builder.Extensions.AddIfNotAlready<PlaceholderExtension>();
        builder.Extensions.AddIfNotAlready<SourcedNumberExtension>();
        // Markdig: generic attributes must be the last extension added.
        return builder.UseGenericAttributes().Build();
    }
}
