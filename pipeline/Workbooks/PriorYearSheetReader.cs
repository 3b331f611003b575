using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 上年数 (项目 | 科目编码 | 科目名称 | 上年数) → <see cref="PriorYearFigures"/> with Origin
/// “上年数工作表”; null when the workbook has no such sheet (last year's workbook is then expected).
/// </summary>
internal static class PriorYearSheetReader
{
    public const string Origin = "上年数工作表";

    private static readonly string[] Labels = ["项目", "科目编码", "科目名称", "上年数"];
    private static readonly int[] ItemCodeLengths = [3, 5, 7];

    public static PriorYearFigures? Read(CellReader cells, SheetReader? sheet, decimal coverDivisor)
    {
        if (sheet is null) return null;
        var header = ColumnHeaderLocator.Find(sheet, Labels, ["项目", "上年数"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), SheetNames.上年数, "上年数"));
            return new PriorYearFigures(Origin, new Dictionary<string, Amount>(), [], [], []);
        }
        var (row, cols) = header.Value;
        var divisor = AmountUnitLocator.Find(sheet, sheet.FirstRow, row) ?? coverDivisor;
        var figures = new Dictionary<string, Amount>();
        var items = new Dictionary<string, List<PriorItem>>
        {
            [PriorYearFields.一般公共预算项] = [], [PriorYearFields.政府性基金项] = [], [PriorYearFields.国有资本经营项] = [],
        };
        var codeCol = cols.GetValueOrDefault("科目编码");
        var parser = codeCol > 0 ? new CodeParser([codeCol], ItemCodeLengths) : null;
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var text = sheet.Text(r, cols["项目"]);
            var label = LabelNormalizer.Label(text);
            if (label.Length == 0) continue;
            var amount = cells.Amount(sheet, r, cols["上年数"], divisor);
            if (PriorYearFields.Fixed.FirstOrDefault(k => LabelNormalizer.Label(k) == label) is { } key)
            {
                // A blank figure is 未填报, kept out so rules that need it skip (and say so) instead of comparing a zero.
                if (sheet.IsBlank(r, cols["上年数"])) continue;
                if (!figures.TryAdd(key, amount)) cells.Add(ReadFindings.DuplicateRow(figures[key].Source!, amount.Source!, key));
            }
            else if (items.Keys.FirstOrDefault(k => LabelNormalizer.Label(k) == label) is { } kind)
            {
                var (outcome, code, shown) = parser?.Parse(sheet, r) ?? (CodeParser.Outcome.None, "", "");
                if (outcome != CodeParser.Outcome.Code)
                    cells.Add(ReadFindings.InvalidCode(sheet.Ref(r, codeCol > 0 ? codeCol : cols["项目"]), shown));
                else
                    items[kind].Add(new PriorItem(code, cols.TryGetValue("科目名称", out var nc) ? sheet.Text(r, nc) : "", amount));
            }
            else cells.Add(ReadFindings.UnknownField(sheet.Ref(r, cols["项目"]), text));
        }
        return new PriorYearFigures(Origin, figures, items[PriorYearFields.一般公共预算项],
            items[PriorYearFields.政府性基金项], items[PriorYearFields.国有资本经营项]);
    }
}
