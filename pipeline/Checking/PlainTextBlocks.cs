using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>
/// Blocks from the lines of a document that has no paragraph structure (a PDF's text, page by
/// page): whitespace removed (PDF extraction breaks lines inside sentences and puts spaces inside
/// numbers, "35. 00"), list markers dropped, the 目录 skipped, the title, headings by their shape,
/// and lines joined into paragraphs until one ends with 。 or ：.
/// </summary>
public static partial class PlainTextBlocks
{
    public static IReadOnlyList<DraftBlock> From(IEnumerable<(string Text, int? Page)> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var blocks = new List<DraftBlock>();
        string? paragraph = null;
        int? paragraphPage = null;
        void Flush()
        {
            if (paragraph is not null) blocks.Add(new DraftBlock(DraftBlockKind.Paragraph, paragraph, Page: paragraphPage));
            paragraph = null;
        }
        foreach (var (raw, page) in lines)
        {
            var text = Whitespace().Replace(ListMarker().Replace(raw, ""), "");
            if (text.Length == 0) continue;
            var block = HeadingShapes.Classify(text, page);
            if (block.Kind == DraftBlockKind.Heading || (blocks.Count == 0 && paragraph is null && text.Contains("部门决算公开说明", StringComparison.Ordinal)))
            {
                Flush();
                blocks.Add(block.Kind == DraftBlockKind.Heading ? block : new DraftBlock(DraftBlockKind.Title, text, Page: page));
                continue;
            }
            if (paragraph is null)
            {
                paragraph = text;
                paragraphPage = page;
            }
            else paragraph += text;
            if (text.EndsWith('。') || text.EndsWith('：') || text.EndsWith(':')) Flush();
        }
        Flush();
        return HeadingShapes.MarkCaptions(blocks);
    }

    [GeneratedRegex(@"^\s*[-•·]\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
