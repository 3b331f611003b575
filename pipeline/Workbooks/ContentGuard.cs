using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// One workbook's running totals against <see cref="ReaderLimits"/>, and the findings of text the
/// reader cleaned (<see cref="CellText"/>). Shared by the sheets of one workbook, one thread.
/// After <see cref="MaxCleanedFindings"/> cleaned cells, one more finding counts the rest, so a
/// hostile file cannot bury the review in findings.
/// </summary>
internal sealed class ContentGuard(string file)
{
    public const int MaxCleanedFindings = 50;

    private readonly List<Finding> _findings = [];
    private int _cells;
    private int _mergedCells;
    private long _textCharacters;
    private int _cleanedCells;

    public string File { get; } = file;

    /// <summary>Findings of cleaned text, in reading order; the overflow count last.</summary>
    public IReadOnlyList<Finding> Findings => _cleanedCells <= MaxCleanedFindings
        ? _findings
        : [.. _findings, ReadFindings.MoreCleaned(File, _cleanedCells - MaxCleanedFindings)];

    /// <summary>The text a cell keeps; a finding names the cell when something was removed.</summary>
    public string Text(string sheet, int row, int col, string text)
    {
        if (text.Length > ReaderLimits.MaxCellText)
            throw new WorkbookLimitException($"工作表“{sheet}”单元格 {SheetReader.Address(row, col)} 的文字超过 {ReaderLimits.MaxCellText:N0} 个字符（Excel 单元格的上限），不是 Excel 保存的工作簿");
        _textCharacters += text.Length;
        if (_textCharacters > ReaderLimits.MaxTextCharacters)
            throw new WorkbookLimitException($"工作表“{sheet}”：工作簿中的文字超过 {ReaderLimits.MaxTextCharacters:N0} 个字符");
        var (clean, removed) = CellText.Clean(text);
        if (removed > 0 && ++_cleanedCells <= MaxCleanedFindings)
            _findings.Add(ReadFindings.Cleaned(new SourceRef(File, sheet, SheetReader.Address(row, col)), removed));
        return clean;
    }

    /// <summary>Counts one cell with content at (row, col) of <paramref name="sheet"/>.</summary>
    public void Cell(string sheet, int row, int col)
    {
        if (row > ReaderLimits.MaxRows || col > ReaderLimits.MaxColumns)
            throw new WorkbookLimitException($"工作表“{sheet}”单元格 {SheetReader.Address(row, col)} 有内容，超出读取范围（最多 {ReaderLimits.MaxRows:N0} 行、{ReaderLimits.MaxColumns} 列）；请删除表格以外的内容后重新保存");
        if (++_cells > ReaderLimits.MaxCells)
            throw new WorkbookLimitException($"工作表“{sheet}”：工作簿中有内容的单元格超过 {ReaderLimits.MaxCells:N0} 个");
    }

    /// <summary>Counts <paramref name="count"/> cells covered by merged ranges of <paramref name="sheet"/>.</summary>
    public void Merged(string sheet, long count)
    {
        _mergedCells += (int)Math.Min(count, int.MaxValue - (long)_mergedCells);
        if (_mergedCells > ReaderLimits.MaxMergedCells)
            throw new WorkbookLimitException($"工作表“{sheet}”：合并单元格覆盖的单元格超过 {ReaderLimits.MaxMergedCells:N0} 个");
    }
}
