using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>
/// A statutory table or 自评表 in the document: the fenced block <c>```jb-grid ⟨id⟩</c> of the
/// narrative, replaced by <see cref="ReportDocument.Parse"/> with this leaf carrying its table (not
/// by a parser of the shared pipeline, because the table comes from a dictionary that belongs to
/// one document). Each writer registers its own renderer for it.
/// </summary>
internal sealed class GridBlock : LeafBlock
{
    /// <summary>The info string of the fenced block that names a grid.</summary>
    public const string InfoString = "jb-grid";

    public GridBlock(GridTable table) : base(null) => Table = table;

    public GridTable Table { get; }
}
