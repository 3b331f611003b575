using System.Text.RegularExpressions;

namespace JuneBudget.Publishing;

/// <summary>Finds the placeholders a draft still contains, e.g. 【待补充：主要原因（键：三公.上年）】.</summary>
internal static partial class PlaceholderScanner
{
    /// <summary>Distinct placeholders in <paramref name="text"/> (rendered Markdown or plain text), in order of first appearance.</summary>
    public static IReadOnlyList<string> Find(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex("【待补充[^】\n]*】")]
    private static partial Regex PlaceholderPattern();
}
