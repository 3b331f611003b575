using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// The two long-format 自评表 sheets: 绩效自评-项目 (one row per project) and 绩效自评-指标 (one
/// row per indicator, the project named on each row). Row 1 title, row 2 instructions, row 3
/// the one header row.
/// </summary>
internal static class ProjectSheetWriter
{
    public static void Write(XLWorkbook workbook, IReadOnlyList<ProjectEvaluation> projects)
    {
        var sheet = RowSheet.Add(workbook, SheetNames.绩效自评项目, SelfEvaluationColumns.Project,
            "每行一个项目支出绩效自评表。金额按封面金额单位；执行率填百分数（如100.00%）；没有“上年结转资金”行的表，该三列留空。");
        var row = 4;
        foreach (var p in projects)
        {
            var col = 1;
            foreach (var text in new[] { p.Name, p.Department, p.Implementer }) CellWriter.Text(sheet.Cell(row, col++), text);
            foreach (var line in new[] { p.Total, p.CurrentAppropriation, p.CarriedOver, p.Other })
                foreach (var amount in new[] { line?.InitialBudget, line?.FullYearBudget, line?.Executed })
                    CellWriter.Money(sheet.Cell(row, col++), amount, blankZeros: false);
            CellWriter.Number(sheet.Cell(row, col++), p.FundingWeight, false, "0.00");
            CellWriter.Number(sheet.Cell(row, col++), p.ExecutionRate, false, "0.00%");
            CellWriter.Number(sheet.Cell(row, col++), p.FundingScore, false, "0.00");
            CellWriter.Text(sheet.Cell(row, col++), p.Goal);
            CellWriter.Text(sheet.Cell(row, col++), p.Achieved);
            CellWriter.Number(sheet.Cell(row, col), p.TotalScore, false, "0.00");
            row++;
        }
        RowSheet.Finish(sheet, row - 1, SelfEvaluationColumns.Project.Count, [40, 24, 24, .. Enumerable.Repeat(12.0, 12), 8, 10, 8, 50, 50, 8]);

        sheet = RowSheet.Add(workbook, SheetNames.绩效自评指标, SelfEvaluationColumns.Indicator,
            "每行一个绩效指标，项目名称与“绩效自评-项目”中的一致；一级/二级指标每行都要填（不要合并单元格）。");
        row = 4;
        foreach (var p in projects)
            foreach (var i in p.Indicators)
            {
                string[] texts = [p.Name, i.Level1, i.Level2, i.Level3, i.Target, i.Actual];
                for (var c = 0; c < texts.Length; c++) CellWriter.Text(sheet.Cell(row, c + 1), texts[c]);
                CellWriter.Number(sheet.Cell(row, 7), i.Weight, false, "0.00");
                CellWriter.Number(sheet.Cell(row, 8), i.Score, false, "0.00");
                CellWriter.Text(sheet.Cell(row, 9), i.Deviation);
                row++;
            }
        RowSheet.Finish(sheet, row - 1, SelfEvaluationColumns.Indicator.Count, [40, 12, 14, 30, 24, 24, 8, 8, 50]);
    }
}
