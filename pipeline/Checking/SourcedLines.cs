using System.Globalization;
using System.Text;

namespace JuneBudget.Checking;

/// <summary>
/// The Markdown lines of a rendered report as the Word writer prints them (⟦7,138.31|s18⟧ as
/// 7,138.31, md_escape's character references decoded), each with the offsets of its sourced
/// numbers: so a paragraph read back from the generated .docx finds which of its numbers were
/// computed, and from which figure. Whitespace is dropped, as <see cref="DocxDraftReader"/> does.
/// </summary>
internal sealed class SourcedLines
{
    private readonly Dictionary<string, IReadOnlyDictionary<int, string>> _byText = new(StringComparer.Ordinal);

    public SourcedLines(string markdown)
    {
        foreach (var line in markdown.Split('\n'))
        {
            var (text, sourced) = Plain(line);
            // Equal lines have equal numbers at equal offsets; the first one serves all.
            if (sourced.Count > 0) _byText.TryAdd(text.Trim(), sourced);
        }
    }

    /// <summary>The sourced numbers of a paragraph (offset → id); null when none.</summary>
    public IReadOnlyDictionary<int, string>? For(string paragraph) => _byText.GetValueOrDefault(paragraph.Trim());

    /// <summary>Number of distinct lines with sourced numbers (tests compare it with the .docx).</summary>
    public int Count => _byText.Count;

    private static (string Text, Dictionary<int, string> Sourced) Plain(string line)
    {
        var text = new StringBuilder(line.Length);
        var sourced = new Dictionary<int, string>();
        var trimmed = line.TrimStart();
        var i = 0;
        while (i < trimmed.Length)
        {
            var c = trimmed[i];
            if (c == '⟦' && trimmed.IndexOf('⟧', i) is var close and > 0 && trimmed.IndexOf('|', i) is var bar and > 0 && bar < close)
            {
                sourced[text.Length] = trimmed[(bar + 1)..close];
                text.Append(trimmed, i + 1, bar - i - 1);
                i = close + 1;
            }
            else if (c == '&' && i + 2 < trimmed.Length && trimmed[i + 1] == '#' && trimmed.IndexOf(';', i) is var semi and > 0
                && int.TryParse(trimmed.AsSpan(i + 2, semi - i - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                text.Append(char.ConvertFromUtf32(code));
                i = semi + 1;
            }
            else
            {
                // The reader drops whitespace; so do the offsets here.
                if (!char.IsWhiteSpace(c)) text.Append(c);
                i++;
            }
        }
        return (text.ToString(), sourced);
    }
}
