using Markdig.Helpers;
using Markdig.Parsers;

namespace JuneBudget.Markdown;

/// <summary>Parses <c>⟦display|id⟧</c> into a <see cref="SourcedNumberInline"/>; anything malformed stays text.</summary>
internal sealed class SourcedNumberInlineParser : InlineParser
{
    public SourcedNumberInlineParser() => OpeningCharacters = ['⟦'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = text.IndexOf('⟧', start + 1);
        if (end < 0 || end > slice.End) return false;
        var bar = text.LastIndexOf('|', end - 1, end - start - 1);
        if (bar <= start + 1 || bar >= end - 1) return false;
        var display = text[(start + 1)..bar];
        var id = text[(bar + 1)..end];
        if (display.Contains('⟦', StringComparison.Ordinal) || id.Any(char.IsWhiteSpace)) return false;
        processor.Inline = new SourcedNumberInline(display, id)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
