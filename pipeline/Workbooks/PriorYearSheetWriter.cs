using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 上年数: `项目 | 科目编码 | 科目名称 | 上年数`: the fixed rows (科目编码 blank), then one row per
/// 项 of last year (项目 = 一般公共预算项 / 政府性基金项 / 国有资本经营项). Written even when the
/// model has no such figures, so a department can fill it when last year's workbook is missing.
/// </summary>
internal static class PriorYearSheetWriter
{
    public static void Write(XLWorkbook workbook, PriorYearFigures? prior, bool blankZeros)
    {
        var sheet = workbook.Worksheets.Add(SheetNames.上年数);
        CellWriter.Title(sheet, SheetNames.上年数, 4);
        CellWriter.Instructions(sheet,
            "仅当输入文件夹中没有本单位上年度的工作簿时填写（有则自动读取上年工作簿，本表不用）。固定行填上年决算数；" +
            "其下每行一个上年的科目：项目列填“一般公共预算项”“政府性基金项”或“国有资本经营项”，并填科目编码（项7位；其所属类、款3位、5位，用于写出类款名称）和科目名称。", 4);
        string[] headers = ["项目", "科目编码", "科目名称", "上年数"];
        for (var c = 0; c < headers.Length; c++) CellWriter.Header(sheet, 3, c + 1, headers[c]);

        var row = 4;
        foreach (var key in PriorYearFields.Fixed)
        {
            CellWriter.Text(sheet.Cell(row, 1), key);
            CellWriter.Money(sheet.Cell(row, 4), prior?[key], blankZeros);
            row++;
        }
        if (prior is not null)
        {
            row = Items(sheet, row, PriorYearFields.一般公共预算项, prior.GeneralBudgetItems);
            row = Items(sheet, row, PriorYearFields.政府性基金项, prior.GovernmentFundItems);
            row = Items(sheet, row, PriorYearFields.国有资本经营项, prior.StateCapitalItems);
        }
        CellWriter.Grid(sheet, 3, 1, row - 1, 4);
        CellWriter.Widths(sheet, 40, 12, 44, 16);
    }

    private static int Items(IXLWorksheet sheet, int row, string kind, IReadOnlyList<PriorItem> items)
    {
        foreach (var item in items)
        {
            CellWriter.Text(sheet.Cell(row, 1), kind);
            CellWriter.Text(sheet.Cell(row, 2), item.Code);
            CellWriter.Text(sheet.Cell(row, 3), item.Name);
            CellWriter.Money(sheet.Cell(row, 4), item.Amount, blankZeros: false);
            row++;
        }
        return row;
    }
}
