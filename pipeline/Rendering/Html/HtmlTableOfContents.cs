using JuneBudget.Markdown;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>The 目录: headings of levels 1–3, each a link to its heading's id.</summary>
internal static class HtmlTableOfContents
{
    public static void Write(HtmlRenderer renderer, IReadOnlyList<HeadingEntry> headings)
    {
        var entries = headings.Where(h => h.Level <= 3).ToList();
        if (entries.Count == 0) return;
        renderer.WriteLine("<nav class=\"toc\" aria-labelledby=\"toc-title\">");
        renderer.WriteLine("<p class=\"toc-title\" id=\"toc-title\">目录</p>");
        renderer.WriteLine("<ol>");
        foreach (var entry in entries)
        {
            renderer.Write("<li class=\"toc-").Write(entry.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\"><a href=\"#").WriteEscapeUrl(entry.Id).Write("\">").WriteEscape(entry.Text).WriteLine("</a></li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</nav>");
    }
}
