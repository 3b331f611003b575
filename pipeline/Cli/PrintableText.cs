using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace JuneBudget.Cli;

/// <summary>
/// Text from input (file names, unit names, cell text in messages) made safe for a terminal: a
/// control character (ESC starts terminal commands: “ESC[2J” clears the screen) or a format
/// character (a bidi override reverses what follows) is shown as U+FFFD instead of acting.
/// </summary>
internal static class PrintableText
{
    public static string Clean(string text)
    {
        if (!text.Any(NeedsReplacing)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(NeedsReplacing(c) ? '\uFFFD' : c);
        return sb.ToString();
    }

    private static bool NeedsReplacing(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}

/// <summary>Applies <see cref="PrintableText"/> to every text property of a log event, for console and file alike.</summary>
internal sealed class PrintableTextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && PrintableText.Clean(text) is var clean && !ReferenceEquals(clean, text))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(clean)));
        }
    }
}
