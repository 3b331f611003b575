using System.Globalization;
using System.Text;
using JuneBudget.Facts;

namespace JuneBudget.Templating.Functions;

/// <summary>
/// Escaping at the Markdown boundary: every text a person wrote (单位名称, 科目名称, 主要原因, 职能 …)
/// goes through <c>md_escape</c> so that it stays literal text wherever a template puts it.
/// Each example below is run by a test.
/// </summary>
public static class MarkdownFunctions
{
    /// <summary>
    /// The one escaping step for person-written text entering Markdown. Every character that
    /// Markdig or our extensions could read as structure becomes a decimal character reference
    /// (<c>&amp;#NN;</c>): CommonMark never treats a reference as structure, in any position, and
    /// Markdig prints it as the character. A backslash escape is not enough: Markdig parses
    /// <c>{…}</c> attributes on a heading line before it looks at backslashes, so a unit name such
    /// as <c>局{onfocus=…}</c> in the title became attributes of the &lt;h1&gt;. Encoded anywhere:
    /// the ASCII characters that mean something inside a line (<c>! # &amp; * &lt; &gt; [ \ ] _ ` { | } ~</c>),
    /// the sourced-number brackets ⟦ ⟧ and the placeholder brackets 【 】 the pipeline itself parses.
    /// Encoded at the start of the text (where a template may start a line): <c>- + =</c> (list,
    /// thematic break, setext underline) and “.” or “)” after a leading run of digits (ordered list).
    /// Line breaks are joined with a space and each line trimmed, so no text starts an indented
    /// block or ends a line with a hard break.
    /// </summary>
    /// <example><code>{{ md_escape "R&D *draft* [x]" }}</code> gives <c>R&amp;#38;D &amp;#42;draft&amp;#42; &amp;#91;x&amp;#93;</c></example>
    /// <example><code>{{ md_escape "<script>" }}</code> gives <c>&amp;#60;script&amp;#62;</c></example>
    /// <example><code>{{ md_escape "1. 办公室" }}</code> gives <c>1&amp;#46; 办公室</c></example>
    /// <example><code>{{ md_escape "局{onfocus=x}" }}</code> gives <c>局&amp;#123;onfocus=x&amp;#125;</c></example>
    public static string MdEscape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var flat = string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        var leadingDigits = flat.TakeWhile(char.IsAsciiDigit).Count();
        var sb = new StringBuilder(flat.Length + 16);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (IsStructural(c) || (i == 0 && c is '-' or '+' or '=') || (i == leadingDigits && c is '.' or ')'))
                sb.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Escapes each text and joins them.</summary>
    /// <example><code>{{ md_join ["办公室", "a_b"] "、" }}</code> gives <c>办公室、a&amp;#95;b</c></example>
    public static string MdJoin(IEnumerable<object> items, string separator) =>
        string.Join(separator, items.Select(i => MdEscape(i?.ToString())));

    /// <summary>A reason or other person-written text, escaped; the visible placeholder when missing.</summary>
    public static string Reason(Reason reason) => reason.Text is null ? reason.Placeholder : MdEscape(reason.Text);

    private static bool IsStructural(char c) => c is '!' or '#' or '&' or '*' or '<' or '>'
        or '[' or '\\' or ']' or '_' or '`' or '{' or '|' or '}' or '~' or '⟦' or '⟧' or '【' or '】';
}
