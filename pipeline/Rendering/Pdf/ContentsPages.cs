using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Pdf;

/// <summary>
/// Where each 目录 entry's heading is printed, read from the page texts of a rendering. The 目录
/// itself holds every entry, so the search starts after it: the 目录 ends on the first page that
/// holds the last entry's text. Then each heading is looked for from the previous one's page on
/// (headings are in page order). An entry not found gets no number.
/// </summary>
internal static class ContentsPages
{
    public static IReadOnlyDictionary<string, int> Locate(IReadOnlyList<HeadingEntry> entries, IReadOnlyList<string> pages)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        if (entries.Count == 0) return found;
        var texts = entries.Select(e => PdfPageTexts.Compact(e.Text)).ToList();
        var contentsEnd = Enumerable.Range(0, pages.Count).FirstOrDefault(p => pages[p].Contains(texts[^1], StringComparison.Ordinal), -1);
        var page = contentsEnd + 1;
        for (var i = 0; i < entries.Count; i++)
        {
            var at = Enumerable.Range(page, Math.Max(0, pages.Count - page)).FirstOrDefault(p => pages[p].Contains(texts[i], StringComparison.Ordinal), -1);
            if (at < 0) continue;
            found[entries[i].Id] = at + 1;
            page = at;
        }
        return found;
    }
}
