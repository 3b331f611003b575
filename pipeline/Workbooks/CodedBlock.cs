using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// One block of a table keyed by 科目编码: its code columns (one, or 类 | 款 | 项), its 科目名称
/// column (0 when none) and its located amount columns. The coded tables (02/03/05/07/08) are one
/// block; 公开06表 is two or three side by side. Each row becomes a coded row, an invalid code,
/// a fixed row (合计, the 06 footers) or an unrecognised row.
/// </summary>
internal sealed class CodedBlock(IReadOnlyList<int> codeColumns, int nameColumn,
    IReadOnlyDictionary<string, int> columns, IReadOnlyList<int> codeLengths)
{
    private readonly CodeParser _parser = new(codeColumns, codeLengths);

    public void ReadRow(StatutoryTablesReader.Input input, List<TableRow> rows, int r, FixedRowLocator fixedRows)
    {
        var sheet = input.Sheet;
        var (outcome, code, shown) = _parser.Parse(sheet, r);
        switch (outcome)
        {
            case CodeParser.Outcome.Code:
                var name = nameColumn == 0 ? string.Empty : sheet.Text(r, nameColumn);
                input.AddRow(rows, new TableRow(code, code, name, input.Values(r, columns), sheet.Ref(r, codeColumns[0])));
                return;
            case CodeParser.Outcome.Invalid:
                input.Cells.Add(ReadFindings.InvalidCode(sheet.Ref(r, codeColumns[0]), shown));
                return;
        }
        var labelColumn = codeColumns.Append(nameColumn).FirstOrDefault(c => c != 0 && !sheet.IsBlank(r, c));
        if (labelColumn == 0)
        {
            if (input.HasAmounts(r, columns)) input.Unrecognised(r, codeColumns[0], "（空白）", true);
            return;
        }
        var text = sheet.Text(r, labelColumn);
        var spec = fixedRows.Match(LabelNormalizer.Label(text));
        if (spec is not null)
            input.AddRow(rows, new TableRow(spec.Key, null, text, input.Values(r, columns), sheet.Ref(r, labelColumn)));
        else
            input.Unrecognised(r, labelColumn, text, input.HasAmounts(r, columns));
    }
}
