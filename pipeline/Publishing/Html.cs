using System.Text;

namespace JuneBudget.Publishing;

/// <summary>
/// The few HTML helpers the review pages share. Every piece of text that reaches a page goes
/// through <see cref="Escape"/>: unit names, messages and cells come from user workbooks.
/// </summary>
internal static class Html
{
    /// <summary>Escapes text for an HTML element or a double- or single-quoted attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A relative link to a file, from a relative path with <c>/</c> (or the system's) separators:
    /// every segment is percent-encoded, so <c>#</c>, <c>%</c> and <c>?</c> (legal in Windows file
    /// names) cannot turn into fragments or queries. The result is still to be passed to <see cref="Escape"/>.
    /// </summary>
    public static string Href(string relativePath) =>
        string.Join('/', relativePath.Split('/', '\\').Select(segment => segment is ".." or "." ? segment : Uri.EscapeDataString(segment)));

    /// <summary>An escaped <c>&lt;a href&gt;</c> to <paramref name="link"/>.</summary>
    public static string Link(ReviewLink link) =>
        $"<a href=\"{Escape(Href(link.RelativePath))}\">{Escape(link.Label)}</a>";

    /// <summary>A complete, self-contained page: UTF-8, zh-CN, inline styles, no external resources.</summary>
    public static string Page(string title, string body, string? script = null)
    {
        var builder = new StringBuilder(body.Length + 2048);
        builder.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Escape(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append(body);
        if (script is not null)
        {
            builder.Append("<script>").Append(script).Append("</script>\n");
        }

        return builder.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>UTF-8 bytes without a byte-order mark, ready for <see cref="DraftFile"/>.</summary>
    public static byte[] ToBytes(string page) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(page);

    private const string Css =
        "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;margin:2em;color:#222;line-height:1.6}"
        + "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}"
        + "table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}"
        + "th{background:#f0f0f0}th[data-sort]{cursor:pointer}td.n{text-align:right}code{background:#f5f5f5;padding:0 .2em}"
        + ".status{display:inline-block;padding:.1em .6em;border-radius:.3em;font-weight:bold;white-space:nowrap}"
        + ".status-error{background:#fde2e1;color:#a40000}.status-input{background:#fff1c2;color:#7a5200}.status-ready{background:#dff3df;color:#1e6b1e}"
        + ".sev-Error{color:#a40000}.sev-Warning{color:#7a5200}.sev-RoundingNote,.muted{color:#666}"
        + "ul.cells{margin:0;padding-left:1.2em}@media print{th[data-sort]{cursor:auto}}";
}
