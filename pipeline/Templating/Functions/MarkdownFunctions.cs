using System.Text;
using JuneBudget.Facts;

namespace JuneBudget.Templating.Functions;

/// <summary>
/// Escaping at the Markdown boundary: every text a person wrote (科目名称, 主要原因, 职能 …) goes
/// through <c>md_escape</c> so that it stays literal text. Each example below is run by a test.
/// </summary>
public static class MarkdownFunctions
{
    /// <summary>
    /// Backslash-escapes the ASCII characters Markdown or HTML would interpret, joins line breaks,
    /// escapes a leading list or heading marker, and turns ⟦ ⟧ into 〚 〛 so that a text cannot
    /// forge a sourced number.
    /// </summary>
    /// <example><code>{{ md_escape "R&D *draft* [x]" }}</code> gives <c>R\&amp;D \*draft\* \[x\]</c></example>
    /// <example><code>{{ md_escape "<script>" }}</code> gives <c>\&lt;script\&gt;</c></example>
    /// <example><code>{{ md_escape "1. 办公室" }}</code> gives <c>1\. 办公室</c></example>
    public static string MdEscape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var flat = string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        var sb = new StringBuilder(flat.Length + 8);
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            if (c == '⟦') { sb.Append('〚'); continue; }
            if (c == '⟧') { sb.Append('〛'); continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '#' or '|' or '~' or '!' or '{' or '}'
                || (i == 0 && c is '-' or '+' or '='))
            {
                sb.Append('\\');
            }
            sb.Append(c);
            // “1.” or “1)” at the start would open an ordered list.
            if (i + 1 < flat.Length && flat[i + 1] is '.' or ')' && char.IsAsciiDigit(c) && flat[..(i + 1)].All(char.IsAsciiDigit))
            {
                sb.Append('\\');
            }
        }
        return sb.ToString();
    }

    /// <summary>Escapes each text and joins them.</summary>
    /// <example><code>{{ md_join ["办公室", "a_b"] "、" }}</code> gives <c>办公室、a\_b</c></example>
    public static string MdJoin(IEnumerable<object> items, string separator) =>
        string.Join(separator, items.Select(i => MdEscape(i?.ToString())));

    /// <summary>A reason or other person-written text, escaped; the visible placeholder when missing.</summary>
    public static string Reason(Reason reason) => reason.Text is null ? reason.Placeholder : MdEscape(reason.Text);
}
