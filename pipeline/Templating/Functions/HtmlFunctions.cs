namespace JuneBudget.Templating.Functions;

/// <summary>
/// Escaping at the HTML boundary of the review pages and panel: every value a template prints
/// into a page (unit names, messages, cells, file names, links) goes through <c>html_escape</c>,
/// the one HTML escaping function of the templates (Scriban's own <c>html</c> object is removed).
/// Models carry plain text, never markup. Each example below is run by a test.
/// </summary>
public static class HtmlFunctions
{
    /// <summary>Escapes text for an HTML element or a double- or single-quoted attribute value.</summary>
    /// <example><code>{{ html_escape "&lt;b&gt;甲&amp;乙&lt;/b&gt;" }}</code> gives <c>&amp;lt;b&amp;gt;甲&amp;amp;乙&amp;lt;/b&amp;gt;</c></example>
    /// <example><code>{{ html_escape `it's "x"` }}</code> gives <c>it&amp;#39;s &amp;quot;x&amp;quot;</c></example>
    /// <example><code>{{ html_escape 2024 }}</code> gives <c>2024</c></example>
    public static string HtmlEscape(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            string s => s,
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }
}
