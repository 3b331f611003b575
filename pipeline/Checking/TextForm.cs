using System.Text;
using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>
/// One comparable form of text from Word, PDF and Markdown: no whitespace (PDF extraction breaks
/// lines inside sentences and puts spaces inside numbers, "35. 00"), ASCII punctuation as the
/// full-width forms the templates write (except the comma and point inside numbers).
/// </summary>
internal static partial class TextForm
{
    public static string Normalise(string text)
    {
        var joined = Whitespace().Replace(text, "");
        var sb = new StringBuilder(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            var c = joined[i];
            var betweenDigits = i > 0 && i + 1 < joined.Length && char.IsAsciiDigit(joined[i - 1]) && char.IsAsciiDigit(joined[i + 1]);
            sb.Append(c switch
            {
                ',' when !betweenDigits => '，',
                ':' => '：',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '％' => '%',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>The sentence with every number replaced by #: the words a template fixes.</summary>
    public static string Skeleton(string sentence, IReadOnlyList<NumberToken> numbers)
    {
        var sb = new StringBuilder(sentence.Length);
        var at = 0;
        foreach (var n in numbers)
        {
            sb.Append(sentence, at, n.Start - at).Append('#');
            at = n.Start + n.Length;
        }
        sb.Append(sentence, at, sentence.Length - at);
        return Normalise(sb.ToString());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
