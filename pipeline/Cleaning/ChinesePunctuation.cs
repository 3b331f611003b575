using System.Text;

namespace JuneBudget.Cleaning;

/// <summary>
/// ASCII punctuation typed inside Chinese text, made full-width as the narrative prints it:
/// <c>, ; : ? !</c> next to a Chinese character become <c>，；：？！</c> (spaces around them go);
/// a pair of <c>( )</c> or <c>" "</c> around or beside Chinese becomes <c>（ ）</c> or <c>“ ”</c>.
/// Numbers and Latin words are left alone: “1,234.56”, “12:30”, “>=95%”, “PPP项目”, “(A,B)” stay as
/// typed; a comma after a number inside Chinese (“满意度100%,超出”) is between a number and Chinese
/// and becomes full-width. Pure function, same input same output.
/// </summary>
public static class ChinesePunctuation
{
    private static readonly Dictionary<char, char> Marks = new()
    {
        [','] = '，', [';'] = '；', [':'] = '：', ['?'] = '？', ['!'] = '！',
    };

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => Marks.ContainsKey(c) || c is '(' or ')' or '"')) return text;
        var chars = text.ToCharArray();
        var drop = new bool[chars.Length];
        for (var i = 0; i < chars.Length; i++)
        {
            if (!Marks.TryGetValue(chars[i], out var wide)) continue;
            var before = Neighbour(chars, i, -1);
            var after = Neighbour(chars, i, +1);
            // “12:30” or “1,234” inside a Chinese sentence has digits on both sides: it stays a number.
            if (!IsChinese(before) && !IsChinese(after)) continue;
            chars[i] = wide;
            for (var j = i - 1; j >= 0 && chars[j] == ' '; j--) drop[j] = true;
            for (var j = i + 1; j < chars.Length && chars[j] == ' '; j++) drop[j] = true;
        }
        Pairs(chars, '(', ')', '（', '）');
        Quotes(chars);
        var result = new StringBuilder(chars.Length);
        for (var i = 0; i < chars.Length; i++)
            if (!drop[i]) result.Append(chars[i]);
        return result.ToString();
    }

    /// <summary>True for a CJK ideograph or full-width punctuation: what a Chinese sentence is made of.</summary>
    public static bool IsChinese(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3000' and <= '\u303F' or >= '\uFF01' and <= '\uFF5E'
        or '“' or '”' or '‘' or '’' or '…' or '—';

    /// <summary>Each matched <paramref name="open"/>…<paramref name="close"/> pair whose inside or outside touches Chinese.</summary>
    private static void Pairs(char[] chars, char open, char close, char wideOpen, char wideClose)
    {
        var stack = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == open) stack.Push(i);
            else if (chars[i] == close && stack.Count > 0)
            {
                var start = stack.Pop();
                if (!TouchesChinese(chars, start, i)) continue;
                chars[start] = wideOpen;
                chars[i] = wideClose;
            }
        }
    }

    /// <summary>ASCII double quotes, taken in pairs left to right.</summary>
    private static void Quotes(char[] chars)
    {
        var start = -1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '"') continue;
            if (start < 0) { start = i; continue; }
            if (TouchesChinese(chars, start, i))
            {
                chars[start] = '“';
                chars[i] = '”';
            }
            start = -1;
        }
    }

    /// <summary>The inside of the pair has a Chinese character, or the pair sits right after one (“率(%)”).</summary>
    private static bool TouchesChinese(char[] chars, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
            if (IsChinese(chars[k])) return true;
        return IsChinese(Adjacent(chars, start, -1)) || IsChinese(Adjacent(chars, end, +1));
    }

    /// <summary>The nearest character that is not a space, in a direction; '\0' at the ends.</summary>
    private static char Neighbour(char[] chars, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < chars.Length; j += step)
            if (chars[j] != ' ') return chars[j];
        return '\0';
    }

    private static char Adjacent(char[] chars, int i, int step) =>
        i + step >= 0 && i + step < chars.Length ? chars[i + step] : '\0';
}
