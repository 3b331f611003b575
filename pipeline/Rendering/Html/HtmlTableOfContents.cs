using JuneBudget.Markdown;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Html;

/// <summary>The 目录: the template's 目录 heading over the headings of levels 1–3, each a link to its heading's id.</summary>
internal static class HtmlTableOfContents
{
    public static void Write(HtmlRenderer renderer, string title, IReadOnlyList<HeadingEntry> entries)
    {
        if (entries.Count == 0) return;
        renderer.Write("<nav class=\"toc\" aria-labelledby=\"").Write(FrontMatter.ContentsId).WriteLine("\">");
        renderer.Write("<p class=\"toc-title\" id=\"").Write(FrontMatter.ContentsId).Write("\">").WriteEscape(title).WriteLine("</p>");
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
