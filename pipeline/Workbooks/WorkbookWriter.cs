using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Writes a <see cref="BudgetWorkbook"/> in the canonical layout of docs/workbook-format.md:
/// every sheet, header, label and key, instructions on each sheet, drop-down lists for choices,
/// amounts in 万元 as numbers formatted #,##0.00. What it writes, the reader reads back to the
/// same model. `init` writes <see cref="BlankWorkbook.Create"/> with blank zeros.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>Writes the model to <paramref name="path"/> (overwritten), zeros as 0.00.</summary>
    public static void Write(BudgetWorkbook model, string path) => Write(model, path, blankZeros: false);

    /// <summary>
    /// Writes the model; with <paramref name="blankZeros"/> every zero amount or count is left
    /// blank, as a template to fill should be (a blank required field is then reported as such).
    /// </summary>
    public static void Write(BudgetWorkbook model, string path, bool blankZeros)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var workbook = Build(model, blankZeros);
        workbook.SaveAs(path);
    }

    /// <summary>Builds the workbook in memory (for callers that add notes before saving).</summary>
    public static XLWorkbook Build(BudgetWorkbook model, bool blankZeros)
    {
        ArgumentNullException.ThrowIfNull(model);
        var workbook = new XLWorkbook();
        // Deterministic document properties: the budget year's end, never the clock.
        var stamp = new DateTime(model.Unit.Year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);
        workbook.Properties.Created = stamp;
        workbook.Properties.Modified = stamp;
        workbook.Properties.Author = "JuneBudget";
        workbook.Properties.Title = $"{model.Unit.Name}{model.Unit.Year}年度部门决算";

        KeyValueSheetWriter.Write(workbook, SheetNames.封面,
            "填写单位名称和年度；单位类型、自称、单位性质、金额单位请从下拉列表选择。本工作簿各表按下列顺序：单位概况、九张公开表、预算数、上年数、三公统计、其他事项、预算绩效、绩效自评、主要原因。",
            WorkbookFields.Cover, FieldValueWriter.Cover(model.Unit), blankZeros: false);
        ProfileSheetWriter.Write(workbook, model.Profile, blankZeros);
        foreach (var kind in model.Unit.Format.TablesInOrder)
            TableSheetWriter.Write(workbook, model, kind, blankZeros);
        KeyValueSheetWriter.Write(workbook, SheetNames.预算数,
            "说明中与决算数比较的年初预算数（“三公”经费的预算数填在“三公”经费表的预算数栏）。金额单位同封面。",
            WorkbookFields.Budgets, FieldValueWriter.Budgets(model.Budgets), blankZeros);
        PriorYearSheetWriter.Write(workbook, model.PriorYearSheet, blankZeros);
        KeyValueSheetWriter.Write(workbook, SheetNames.三公统计,
            "“三公”经费的统计数和开支内容（不在公开表中）。开支内容写“开支内容包括”之后的文字，句末不加句号。",
            WorkbookFields.ThreePublicStats, FieldValueWriter.ThreePublic(model.ThreePublic), blankZeros);
        KeyValueSheetWriter.Write(workbook, SheetNames.其他事项,
            "机关运行经费、政府采购、国有资产占用情况（截至12月31日）。金额单位同封面，面积单位平方米，车辆单位辆。",
            WorkbookFields.OtherMatters, FieldValueWriter.Other(model.Other), blankZeros);
        KeyValueSheetWriter.Write(workbook, SheetNames.预算绩效,
            "预算绩效评价的项目数和金额（含附自评表的项目和“其他需说明的事项”中的项目），三段文字句末不加句号。",
            WorkbookFields.Performance, FieldValueWriter.Performance(model.Performance), blankZeros);
        ProjectSheetWriter.Write(workbook, model.Projects);
        ReasonSheetWriter.Write(workbook, model);
        workbook.Worksheet(1).SetTabActive();
        return workbook;
    }
}
