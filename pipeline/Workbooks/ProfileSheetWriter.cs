using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;
using F = JuneBudget.Format.WorkbookFields;

namespace JuneBudget.Workbooks;

/// <summary>
/// The 单位概况 list sheets: 主要职能, 内设机构, 决算单位构成 (row 1 title, row 2 instructions,
/// row 3 header, one item per row from row 4) and 人员情况 (项目 | 本年 | 上年).
/// </summary>
internal static class ProfileSheetWriter
{
    private const int FirstRow = 4;

    /// <summary>Rows of 决算单位构成 that carry the 单位性质 drop-down even when still empty.</summary>
    private const int MemberRowsWithChoices = 30;

    public static void Write(XLWorkbook workbook, UnitProfile profile, bool blankZeros)
    {
        List(workbook, SheetNames.主要职能, "主要职能",
            "每行填写一段主要职能，不要写“(1)”等编号（序号列即编号，说明中按序号生成“(1)”）。",
            profile.Functions.Select(f => f.Value), 100);
        List(workbook, SheetNames.内设机构, "机构名称",
            "每行填写一个内设科室/处室的名称，按公开说明中列举的顺序。无内设机构则留空。",
            profile.Departments.Select(d => d.Value), 40);
        Members(workbook, profile.MemberUnits);
        Staff(workbook, profile.Staff, profile.PriorStaff, blankZeros);
    }

    private static IXLWorksheet List(XLWorkbook workbook, string sheetName, string header, string instructions,
        IEnumerable<string> items, double width)
    {
        var sheet = workbook.Worksheets.Add(sheetName);
        CellWriter.Title(sheet, sheetName, 2);
        CellWriter.Instructions(sheet, instructions, 2);
        CellWriter.Header(sheet, 3, 1, "序号");
        CellWriter.Header(sheet, 3, 2, header);
        var row = FirstRow;
        foreach (var item in items)
        {
            sheet.Cell(row, 1).Value = row - FirstRow + 1;
            CellWriter.Text(sheet.Cell(row, 2), item);
            row++;
        }
        CellWriter.Grid(sheet, 3, 1, row - 1, 2);
        sheet.Column(2).Style.Alignment.WrapText = true;
        CellWriter.Widths(sheet, 8, width);
        return sheet;
    }

    private static void Members(XLWorkbook workbook, IReadOnlyList<MemberUnit> members)
    {
        var sheet = workbook.Worksheets.Add(SheetNames.决算单位构成);
        CellWriter.Title(sheet, SheetNames.决算单位构成, 5);
        CellWriter.Instructions(sheet,
            "仅“部门”填写：纳入部门决算编制范围的单位（本级及所属单位），每行一个；封面单位类型为“单位”时留空。运行经费（万元）按单位分别说明时填写：行政单位和参公单位填机关运行经费，事业单位填日常公用经费，企业和其他单位填日常运行经费；不分别说明则留空。", 5);
        CellWriter.Header(sheet, 3, 1, "序号");
        CellWriter.Header(sheet, 3, 2, "单位名称");
        CellWriter.Header(sheet, 3, 3, "单位性质");
        CellWriter.Header(sheet, 3, 4, F.运行经费本年);
        CellWriter.Header(sheet, 3, 5, F.运行经费上年);
        for (var i = 0; i < members.Count; i++)
        {
            sheet.Cell(FirstRow + i, 1).Value = members[i].Number;
            CellWriter.Text(sheet.Cell(FirstRow + i, 2), members[i].Name);
            CellWriter.Text(sheet.Cell(FirstRow + i, 3), members[i].Nature);
            if (members[i].RunningCost is { } cost) CellWriter.Money(sheet.Cell(FirstRow + i, 4), cost, blankZeros: false);
            if (members[i].RunningCostPrior is { } prior) CellWriter.Money(sheet.Cell(FirstRow + i, 5), prior, blankZeros: false);
        }
        var last = FirstRow + Math.Max(members.Count, MemberRowsWithChoices) - 1;
        KeyValueSheetWriter.ChoiceList(sheet.Range(FirstRow, 3, last, 3), F.UnitNatures);
        CellWriter.Grid(sheet, 3, 1, FirstRow + members.Count - 1, 5);
        CellWriter.Widths(sheet, 8, 50, 28, 16, 16);
    }

    private static void Staff(XLWorkbook workbook, StaffCounts staff, StaffCounts? prior, bool blankZeros)
    {
        var sheet = workbook.Worksheets.Add(SheetNames.人员情况);
        CellWriter.Title(sheet, SheetNames.人员情况, 3);
        CellWriter.Instructions(sheet,
            "单位：人。本年为决算年度末人数，上年为上年末人数（说明中“减少10人”等由两列相减得出）。在职人员分行政/事业编制的填“其中”两行，否则留空。", 3);
        CellWriter.Header(sheet, 3, 1, "项目");
        CellWriter.Header(sheet, 3, 2, "本年");
        CellWriter.Header(sheet, 3, 3, "上年");
        for (var i = 0; i < F.Staff.Count; i++)
        {
            var row = FirstRow + i;
            CellWriter.Text(sheet.Cell(row, 1), F.Staff[i]);
            CellWriter.Number(sheet.Cell(row, 2), Count(staff, F.Staff[i]), blankZeros);
            if (prior is not null) CellWriter.Number(sheet.Cell(row, 3), Count(prior, F.Staff[i]), blankZeros);
        }
        CellWriter.Grid(sheet, 3, 1, FirstRow + F.Staff.Count - 1, 3);
        CellWriter.Widths(sheet, 24, 12, 12);
    }

    private static Quantity? Count(StaffCounts staff, string label) => label switch
    {
        F.实有人数 => staff.Total,
        F.在职人员 => staff.Active,
        F.在职行政 => staff.Administrative,
        F.在职事业 => staff.Institutional,
        F.离休人员 => staff.Veteran,
        F.退休人员 => staff.Retired,
        _ => null,
    };
}
