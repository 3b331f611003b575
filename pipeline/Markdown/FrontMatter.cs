using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JuneBudget.Markdown;

/// <summary>
/// The front matter the templates write, taken out of the body flow: the heading <c>{#title}</c>
/// (the document title) and the heading <c>{#toc}</c> with the list that follows it (the 目录).
/// The writers print them in their own form (title page, TOC field, linked nav), so that every
/// word still comes from the templates and none is printed twice.
/// </summary>
internal static class FrontMatter
{
    public const string TitleId = "title";
    public const string ContentsId = "toc";

    /// <summary>Removes the title heading and returns its plain text (null when there is none).</summary>
    public static string? TakeTitle(MarkdownDocument document)
    {
        var heading = Find(document, TitleId);
        if (heading is null) return null;
        heading.Parent!.Remove(heading);
        return InlineText.Of(heading.Inline).Trim();
    }

    /// <summary>Removes the 目录 heading and the list right after it; null when there is no such heading.</summary>
    public static DocumentContents? TakeContents(MarkdownDocument document)
    {
        var heading = Find(document, ContentsId);
        if (heading is null) return null;
        var parent = heading.Parent!;
        var index = parent.IndexOf(heading);
        var listed = new List<HeadingEntry>();
        if (index + 1 < parent.Count && parent[index + 1] is ListBlock list)
        {
            Collect(list, 1, listed);
            parent.RemoveAt(index + 1);
        }
        parent.RemoveAt(index);
        return new DocumentContents(InlineText.Of(heading.Inline).Trim(), listed);
    }

    private static HeadingBlock? Find(MarkdownDocument document, string id) =>
        document.Descendants<HeadingBlock>().FirstOrDefault(h => h.TryGetAttributes()?.Id == id);

    private static void Collect(ListBlock list, int level, List<HeadingEntry> listed)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var link = paragraph.Inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
                    var id = link?.Url is { } url && url.StartsWith('#') ? url[1..] : string.Empty;
                    listed.Add(new HeadingEntry(level, id, InlineText.Of(paragraph.Inline).Trim()));
                }
                else if (child is ListBlock nested)
                {
                    Collect(nested, level + 1, listed);
                }
            }
        }
    }
}
