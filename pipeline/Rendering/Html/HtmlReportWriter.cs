using JuneBudget.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page (the style sheet of
/// templates/ inlined, no fonts or scripts fetched), fit for a government website and for
/// printing. The template's front matter becomes the page title and a linked 目录 (the template's
/// heading over the headings). Markdig's HtmlRenderer renders the tree, with the renderers of our
/// nodes registered here (the Markdown stage knows no writer). All text is escaped. Review mode
/// adds sources, highlights and the findings panel.
/// </summary>
internal static class HtmlReportWriter
{
    public static void Write(ReportDocument document, TextWriter output, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var review = options.Review ? HtmlReview.Build(document, options.Findings) : null;
        var renderer = Renderer(output, review);

        renderer.WriteLine("<!DOCTYPE html>");
        renderer.WriteLine("<html lang=\"zh-CN\">");
        renderer.WriteLine("<head>");
        renderer.WriteLine("<meta charset=\"utf-8\">");
        renderer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        renderer.Write("<title>").WriteEscape(document.Title ?? string.Empty).WriteLine("</title>");
        renderer.WriteLine("<style>").Write(options.Pages.StyleSheet).WriteLine("</style>");
        renderer.WriteLine("</head>");
        renderer.WriteLine(review is null ? "<body>" : "<body class=\"review\">");
        renderer.WriteLine("<div class=\"page\">");
        if (options.Notice is not null || document.Title is not null)
        {
            renderer.WriteLine("<header>");
            if (options.Notice is { } notice) renderer.Write("<p class=\"notice\" role=\"alert\">").WriteEscape(notice).WriteLine("</p>");
            if (document.Title is { } title)
                renderer.Write("<h1 class=\"doc-title\" id=\"").Write(FrontMatter.TitleId).Write("\">").WriteEscape(title).WriteLine("</h1>");
            renderer.WriteLine("</header>");
        }
        if (review is not null) renderer.Write(HtmlFindingsPanel.Render(options.Pages, review));
        if (document.Contents is { } contents) HtmlTableOfContents.Write(renderer, contents.Title, document.ContentsEntries.ToList());
        renderer.WriteLine("<main class=\"doc-body\">");
        renderer.Render(document.Markdown);
        renderer.EnsureLine().WriteLine("</main>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("</body>");
        renderer.WriteLine("</html>");
        renderer.Writer.Flush();
    }

    /// <summary>
    /// Markdig's HtmlRenderer set up by the pipeline (pipe tables, attributes), with tables that
    /// scroll sideways and the renderers of our own nodes.
    /// </summary>
    internal static HtmlRenderer Renderer(TextWriter output, HtmlReview? review)
    {
        var renderer = new HtmlRenderer(output);
        ReportMarkdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new HtmlScrollingTableRenderer());
        renderer.ObjectRenderers.AddIfNotAlready<HtmlGridBlockRenderer>();
        renderer.ObjectRenderers.AddIfNotAlready<HtmlPageBreakRenderer>();
        renderer.ObjectRenderers.AddIfNotAlready<HtmlPlaceholderRenderer>();
        renderer.ObjectRenderers.AddIfNotAlready<HtmlSourcedNumberRenderer>();
        foreach (var aware in renderer.ObjectRenderers.OfType<IHtmlReviewAware>()) aware.Review = review;
        return renderer;
    }
}
