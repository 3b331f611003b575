namespace JuneBudget.Checking;

/// <summary>What a block of a draft is, as far as checking cares.</summary>
public enum DraftBlockKind
{
    /// <summary>The document title (⟨单位⟩⟨年度⟩年度部门决算公开说明).</summary>
    Title,
    /// <summary>A heading; <see cref="DraftBlock.Level"/> 1 = 第X部分, 2 = 一、, 3 = （一）.</summary>
    Heading,
    /// <summary>A paragraph of text.</summary>
    Paragraph,
    /// <summary>A short line printed with a table (its title, 公开XX表, 部门/金额单位 line).</summary>
    Caption,
    /// <summary>A table; <see cref="DraftBlock.Rows"/> holds its cells' text.</summary>
    Table,
}

/// <summary>One block of a draft in reading order, as plain text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">The text (empty for a table).</param>
/// <param name="Level">Heading level; 0 otherwise.</param>
/// <param name="Rows">A table's cells, row by row; null otherwise.</param>
/// <param name="Page">The PDF page the block is on; null for Word.</param>
public sealed record DraftBlock(DraftBlockKind Kind, string Text, int Level = 0, IReadOnlyList<IReadOnlyList<string>>? Rows = null, int? Page = null);
