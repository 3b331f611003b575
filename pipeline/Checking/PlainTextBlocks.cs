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
    /// <summary>One line of text, or a table read from the page's word positions (<see cref="Rows"/> set, text empty).</summary>
    public sealed record Line(string Text, int? Page, IReadOnlyList<IReadOnlyList<string>>? Rows = null);

    public static IReadOnlyList<DraftBlock> From(IEnumerable<(string Text, int? Page)> lines) =>
        From(lines.Select(l => new Line(l.Text, l.Page)));

    public static IReadOnlyList<DraftBlock> From(IEnumerable<Line> lines)
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
        foreach (var (line, page, rows) in lines)
        {
            if (rows is not null)
            {
                Flush();
                blocks.Add(new DraftBlock(DraftBlockKind.Table, "", Rows: rows, Page: page));
                continue;
            }
            if (PageNumber().IsMatch(line)) continue;
            var raw = ListMarker().Replace(line, "");
            // A heading sharing its line with the text under it (一、收入支出决算总体情况说明 2024年度收入总计…): two blocks.
            if (HeadingWithText().Match(raw) is { Success: true } split && split.Groups[3].Value.Any(c => char.IsAsciiDigit(c) || c == '。')
                && HeadingShapes.Classify(Whitespace().Replace(split.Groups[1].Value + split.Groups[2].Value, ""), page) is { Kind: DraftBlockKind.Heading } heading)
            {
                Flush();
                blocks.Add(heading);
                raw = split.Groups[3].Value;
            }
            var text = Whitespace().Replace(raw, "");
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

    /// <summary>A page's number as printed at its foot: — 34 —.</summary>
    [GeneratedRegex(@"^\s*[—－-]+\s*\d+\s*[—－-]+\s*$")]
    public static partial Regex PageNumber();

    /// <summary>Numbering, a title without spaces or sentence punctuation, a space, then at least ten characters of text.</summary>
    [GeneratedRegex(@"^\s*((?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*)([^\s，。；：,;:]{2,40})\s+(\S.{9,})$")]
    private static partial Regex HeadingWithText();
}
