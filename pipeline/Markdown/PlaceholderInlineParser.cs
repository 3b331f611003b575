using Markdig.Helpers;
using Markdig.Parsers;

namespace JuneBudget.Markdown;

/// <summary>Parses <c>【待补充：…】</c> into a <see cref="PlaceholderInline"/>; other 【…】 stay text.</summary>
internal sealed class PlaceholderInlineParser : InlineParser
{
    public const string Prefix = "【待补充：";

    public PlaceholderInlineParser() => OpeningCharacters = ['【'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (string.CompareOrdinal(text, start, Prefix, 0, Prefix.Length) != 0) return false;
        var end = text.IndexOf('】', start + Prefix.Length);
        if (end < 0 || end > slice.End) return false;
        processor.Inline = new PlaceholderInline(text[start..(end + 1)])
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
