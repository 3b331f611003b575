namespace JuneBudget.Markdown;

/// <summary>
/// A table that Markdown cannot express (multi-row headers, merged cells): the nine public tables
/// and the 项目支出绩效自评表. The narrative refers to one with a fenced block
/// <c>```jb-grid ⟨Id⟩</c> (empty body); the document stage replaces that block with a
/// <see cref="GridBlock"/> carrying this table, and both writers render it.
/// </summary>
public sealed record GridTable(
    string Id,
    string Title,
    /// <summary>Right-hand code line, e.g. 公开01表; null for 自评表.</summary>
    string? Code,
    /// <summary>Left line under the title, e.g. 部门：乌鲁木齐市…; null when none.</summary>
    string? UnitLine,
    /// <summary>Right line under the title, e.g. 金额单位：万元; null when none.</summary>
    string? AmountUnitLine,
    /// <summary>Rows repeated at the top of each page the table runs over.</summary>
    int HeaderRowCount,
    IReadOnlyList<IReadOnlyList<GridCell>> Rows,
    /// <summary>Relative column widths (any unit); the count is the grid's column count.</summary>
    IReadOnlyList<int> ColumnWidths,
    bool Landscape)
{
    /// <summary>
    /// A form such as a 自评表 (labels beside values, smaller print) rather than a table of columns.
    /// Its <see cref="HeaderRowCount"/> rows are its title rows (项目名称, 主管部门/实施单位): repeated
    /// on each page it runs over, so a continued page says which project it is.
    /// </summary>
    public bool IsForm { get; init; }
}
