using System.Text;

namespace JuneBudget.Tests.Conventions;

/// <summary>
/// The string literals of a C# file, without its comments: enough of the lexer (comments, regular,
/// verbatim, interpolated and raw strings, char literals) to tell words in code from words in
/// comments. Interpolation holes are kept in the literal's text, which is what a reader sees.
/// </summary>
internal static class CSharpStrings
{
    public static IEnumerable<(int Line, string Text)> Literals(string source)
    {
        var line = 1;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n') { line++; i++; continue; }
            if (c == '/' && At(source, i + 1) == '/') { while (i < source.Length && source[i] != '\n') i++; continue; }
            if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? source.Length : end + 2;
                line += Count(source, i, end);
                i = end;
                continue;
            }
            if (c == '\'')
            {
                var end = i + 1;
                while (end < source.Length && source[end] != '\'') end += source[end] == '\\' ? 2 : 1;
                i = end + 1;
                continue;
            }
            var prefix = 0;
            while (i + prefix < source.Length && source[i + prefix] is '$' or '@') prefix++;
            if (At(source, i + prefix) != '"' || (prefix == 0 && c != '"') || (prefix > 0 && i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_')))
            {
                i++;
                continue;
            }
            var verbatim = source.AsSpan(i, prefix).Contains('@');
            var start = i + prefix;
            var quotes = 0;
            while (At(source, start + quotes) == '"') quotes++;
            int textStart, textEnd, next;
            if (quotes >= 3)
            {
                var closing = new string('"', quotes);
                textStart = start + quotes;
                textEnd = source.IndexOf(closing, textStart, StringComparison.Ordinal);
                next = textEnd + quotes;
            }
            else
            {
                textStart = start + 1;
                textEnd = textStart;
                while (textEnd < source.Length)
                {
                    if (!verbatim && source[textEnd] == '\\') { textEnd += 2; continue; }
                    if (source[textEnd] == '"')
                    {
                        if (verbatim && At(source, textEnd + 1) == '"') { textEnd += 2; continue; }
                        break;
                    }
                    textEnd++;
                }
                next = textEnd + 1;
            }
            yield return (line, source[textStart..textEnd]);
            line += Count(source, i, next);
            i = next;
        }
    }

    /// <summary>True when <paramref name="text"/> holds a CJK ideograph or full-width punctuation.</summary>
    public static bool HasChinese(string text) =>
        text.Any(ch => ch is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef');

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Count(string s, int from, int to)
    {
        var n = 0;
        for (var k = from; k < Math.Min(to, s.Length); k++) if (s[k] == '\n') n++;
        return n;
    }
}
