using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>
/// A statutory table or 自评表 in the document: the fenced block <c>```jb-grid ⟨id⟩</c> of the
/// narrative, replaced by <see cref="ReportDocument.Parse"/> with this leaf carrying its table.
/// </summary>
internal sealed class GridBlock : LeafBlock
{
    public GridBlock(GridTable table) : base(null) => Table = table;

    public GridTable Table { get; }
}
