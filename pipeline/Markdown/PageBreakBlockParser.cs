using Markdig.Parsers;
using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>Parses a line that is exactly <c>\newpage</c> (surrounding spaces allowed) into a <see cref="PageBreakBlock"/>.</summary>
internal sealed class PageBreakBlockParser : BlockParser
{
    private const string Marker = "\\newpage";

    public PageBreakBlockParser() => OpeningCharacters = ['\\'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        if (!line.ToString().Trim().Equals(Marker, StringComparison.Ordinal)) return BlockState.None;
        processor.NewBlocks.Push(new PageBreakBlock(this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
