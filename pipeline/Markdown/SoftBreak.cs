using Markdig.Syntax.Inlines;

namespace JuneBudget.Markdown;

/// <summary>
/// What a soft line break (a newline inside a paragraph) prints as: nothing between Chinese
/// characters (a template may wrap a long Chinese sentence; a space there would be visible), a
/// space between Latin words.
/// </summary>
internal static class SoftBreak
{
    public static string Text(LineBreakInline lineBreak)
    {
        var before = lineBreak.PreviousSibling is LiteralInline left && left.Content.Length > 0
            ? left.Content[left.Content.End] : ' ';
        var after = lineBreak.NextSibling is LiteralInline right && right.Content.Length > 0
            ? right.Content[right.Content.Start] : ' ';
        return IsWide(before) || IsWide(after) ? string.Empty : " ";
    }

    /// <summary>CJK ideographs, CJK punctuation and full-width forms.</summary>
    private static bool IsWide(char c) => c >= '\u2E80';
}
