using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>
/// The shapes of headings and table captions in a document that carries no styles (a PDF, a
/// hand-written .docx): 第X部分 is level 1, 一、 level 2, （一） level 3, when the line is short
/// and is not a sentence (no 。). A short line right before a table is its caption.
/// </summary>
internal static partial class HeadingShapes
{
    /// <summary>Longest line still taken for a heading or caption: the longest heading of the 2024 format has 28 characters.</summary>
    private const int MaxHeadingLength = 40;

    /// <summary>At most this many captions above one table: title, 公开XX表, 部门/金额单位 line.</summary>
    private const int MaxCaptionLines = 3;

    public static DraftBlock Classify(string text, int? page)
    {
        var shape = TextForm.Normalise(text);
        if (shape.Length <= MaxHeadingLength && !shape.Contains('。', StringComparison.Ordinal))
        {
            if (Part().IsMatch(shape)) return new DraftBlock(DraftBlockKind.Heading, text, 1, Page: page);
            if (Section().IsMatch(shape)) return new DraftBlock(DraftBlockKind.Heading, text, 2, Page: page);
            if (Subsection().IsMatch(shape)) return new DraftBlock(DraftBlockKind.Heading, text, 3, Page: page);
        }
        return new DraftBlock(DraftBlockKind.Paragraph, text, Page: page);
    }

    /// <summary>Short paragraphs directly above a table become its captions (they are not sentences of the text).</summary>
    public static IReadOnlyList<DraftBlock> MarkCaptions(List<DraftBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != DraftBlockKind.Table) continue;
            for (var j = i - 1; j >= 0 && i - j <= MaxCaptionLines; j--)
            {
                var block = blocks[j];
                if (block.Kind == DraftBlockKind.Caption) continue;
                if (block.Kind != DraftBlockKind.Paragraph || block.Text.Length > MaxHeadingLength * 2 || block.Text.Contains('。', StringComparison.Ordinal)) break;
                blocks[j] = block with { Kind = DraftBlockKind.Caption };
            }
        }
        return blocks;
    }

    /// <summary>The short form of a heading used in places: 第二部分, 五, （三）.</summary>
    public static string Short(string heading, int level)
    {
        var match = level switch
        {
            1 => Part().Match(heading),
            2 => Section().Match(heading),
            _ => Subsection().Match(heading),
        };
        if (!match.Success) return heading;
        return level == 2 ? match.Value.TrimEnd('、') : match.Value;
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex Part();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Section();

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex Subsection();
}
