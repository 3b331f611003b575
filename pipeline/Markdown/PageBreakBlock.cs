using Markdig.Parsers;
using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>A forced page break: the line <c>\newpage</c>.</summary>
internal sealed class PageBreakBlock : LeafBlock
{
    public PageBreakBlock(BlockParser? parser) : base(parser)
    {
    }
}
