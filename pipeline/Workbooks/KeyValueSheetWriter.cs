using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Writes a key–value sheet: row 1 title, row 2 instructions, row 3 `项目 | 内容 | 填写说明`, then
/// one field per row (label in A, value in B, help in C). Choice fields get a drop-down list.
/// </summary>
internal static class KeyValueSheetWriter
{
    public const int FirstFieldRow = 4;

    /// <param name="values">Value by field key: <see cref="Amount"/>, <see cref="Quantity"/>, <see cref="TextValue"/>, string, int or null.</param>
    public static IXLWorksheet Write(XLWorkbook workbook, string sheetName, string instructions,
        IReadOnlyList<FieldSpec> fields, IReadOnlyDictionary<string, object?> values, bool blankZeros)
    {
        var sheet = workbook.Worksheets.Add(sheetName);
        CellWriter.Title(sheet, sheetName, 3);
        CellWriter.Instructions(sheet, instructions, 3);
        CellWriter.Header(sheet, 3, 1, "项目");
        CellWriter.Header(sheet, 3, 2, "内容");
        CellWriter.Header(sheet, 3, 3, "填写说明");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var row = FirstFieldRow + i;
            CellWriter.Text(sheet.Cell(row, 1), field.Key);
            if (field.Required) sheet.Cell(row, 1).Style.Font.Bold = true;
            Value(sheet.Cell(row, 2), field, values.TryGetValue(field.Key, out var value) ? value : null, blankZeros);
            CellWriter.Text(sheet.Cell(row, 3), Help(field));
            if (field.Choices is { Count: > 0 } choices) ChoiceList(sheet.Range(row, 2, row, 2), choices);
        }
        CellWriter.Grid(sheet, 3, 1, FirstFieldRow + fields.Count - 1, 3);
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.Alignment.WrapText = true;
        CellWriter.Widths(sheet, 44, 60, 50);
        return sheet;
    }

    /// <summary>A drop-down list of allowed values (Excel's list validation, values in quotes).</summary>
    public static void ChoiceList(IXLRange range, IReadOnlyList<string> choices)
    {
        var validation = range.SetDataValidation();
        validation.List($"\"{string.Join(",", choices)}\"", true);
        validation.ErrorTitle = "请从列表中选择";
        validation.ErrorMessage = "可选：" + string.Join("、", choices);
    }

    private static void Value(IXLCell cell, FieldSpec field, object? value, bool blankZeros)
    {
        switch (value)
        {
            case Amount amount: CellWriter.Money(cell, amount, blankZeros); break;
            case Quantity quantity: CellWriter.Number(cell, quantity, blankZeros); break;
            case TextValue text: CellWriter.Text(cell, text.Value); break;
            case string text: CellWriter.Text(cell, text); break;
            case int number: cell.Value = number; break;
            case null when field.Kind == FieldKind.Amount: cell.Style.NumberFormat.Format = CellWriter.MoneyFormat; break;
        }
    }

    private static string Help(FieldSpec field)
    {
        var kind = field.Kind switch
        {
            FieldKind.Amount => "金额（按封面金额单位）",
            FieldKind.Quantity => "数量",
            FieldKind.Choice => "从下拉列表选择",
            _ => "文字",
        };
        var required = field.Required ? "必填" : "选填";
        return string.IsNullOrEmpty(field.Help) ? $"{required}；{kind}" : $"{required}；{kind}：{field.Help}";
    }
}
