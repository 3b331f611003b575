using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;
using F = JuneBudget.Format.SelfReportFields;

namespace JuneBudget.Workbooks;

/// <summary>
/// The three sheets of the 部门整体支出绩效自评报告: 整体自评 (key–value), 整体自评-项目 and
/// 整体自评-指标 (one row each). Written blank when the model has none (`init`): the reader treats
/// sheets left blank as no 自评报告 wanted.
/// </summary>
internal static class SelfReportSheetWriter
{
    public static void Write(XLWorkbook workbook, SelfReportInput? input, bool blankZeros)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (input is not null)
        {
            values[F.年初预算基本支出] = input.InitialBasic;
            values[F.年初预算项目支出] = input.InitialProject;
            values[F.年中调增] = input.Increase;
            values[F.年中调减] = input.Decrease;
            values[F.全年预算人员经费] = input.BudgetPersonnel;
            values[F.全年预算公用经费] = input.BudgetPublic;
            values[F.全年预算项目支出] = input.BudgetProject;
            values[F.执行率权重] = input.ExecutionWeight;
            values[F.行政编制] = input.AdministrativePosts;
            values[F.行政在职] = input.AdministrativeStaff;
            values[F.事业编制] = input.InstitutionalPosts;
            values[F.事业在职] = input.InstitutionalStaff;
            values[F.雇员] = input.Employees;
            foreach (var (label, text) in input.Texts) values[label] = text;
        }
        KeyValueSheetWriter.Write(workbook, SheetNames.整体自评,
            "部门整体支出绩效自评报告的数字和文字。不需要自评报告的单位整表留空。执行数取自支出决算表，不在此填写；调整后全年预算、执行率、得分和评价结果由程序计算。文字每行一段，句末不加句号。",
            F.Sheet, values, blankZeros: input is null || blankZeros);

        var projects = RowSheet.Add(workbook, SheetNames.整体自评项目, F.ProjectColumns,
            "每行一个项目。资金来源填：" + string.Join("、", F.FundingSources) + "。金额按封面金额单位；项目成效写“执行金额为…万元，”之后的文字。");
        var row = 4;
        foreach (var p in input?.Projects ?? [])
        {
            CellWriter.Text(projects.Cell(row, 1), p.Name);
            CellWriter.Text(projects.Cell(row, 2), p.FundingSource);
            CellWriter.Money(projects.Cell(row, 3), p.Budget, false);
            CellWriter.Money(projects.Cell(row, 4), p.Executed, false);
            CellWriter.Text(projects.Cell(row, 5), p.Effect.Value);
            row++;
        }
        KeyValueSheetWriter.ChoiceList(projects.Range(4, 2, Math.Max(row, 4) + 20, 2), F.FundingSources);
        RowSheet.Finish(projects, Math.Max(row - 1, 3), F.ProjectColumns.Count, [40, 14, 12, 12, 50]);

        var indicators = RowSheet.Add(workbook, SheetNames.整体自评指标, F.IndicatorColumns,
            "每行一个整体绩效指标（预算执行率指标不列：其得分 = 分值 × 执行率，由程序计算）。比较填 ≥、≤ 或 =；预期指标值、年中监控值、调整后指标值、实际完成值填数字，单位写在计量单位列（如 家、亿元、%）；完成率由程序计算。");
        row = 4;
        foreach (var i in input?.Indicators ?? [])
        {
            CellWriter.Text(indicators.Cell(row, 1), i.Name);
            CellWriter.Text(indicators.Cell(row, 2), i.Comparison);
            CellWriter.Number(indicators.Cell(row, 3), i.Target, false, "0.##");
            CellWriter.Text(indicators.Cell(row, 4), i.Unit);
            CellWriter.Number(indicators.Cell(row, 5), i.Midyear, false, "0.##");
            CellWriter.Number(indicators.Cell(row, 6), i.AdjustedTarget, false, "0.##");
            CellWriter.Text(indicators.Cell(row, 7), i.Measure);
            CellWriter.Number(indicators.Cell(row, 8), i.Actual, false, "0.##");
            CellWriter.Number(indicators.Cell(row, 9), i.Weight, false, "0.##");
            CellWriter.Number(indicators.Cell(row, 10), i.Score, false, "0.##");
            CellWriter.Text(indicators.Cell(row, 11), i.Deviation.Value);
            CellWriter.Text(indicators.Cell(row, 12), i.Improvement.Value);
            CellWriter.Text(indicators.Cell(row, 13), i.Note.Value);
            row++;
        }
        KeyValueSheetWriter.ChoiceList(indicators.Range(4, 2, Math.Max(row, 4) + 20, 2), F.Comparisons);
        RowSheet.Finish(indicators, Math.Max(row - 1, 3), F.IndicatorColumns.Count, [30, 6, 10, 8, 10, 10, 20, 10, 8, 8, 30, 30, 30]);
    }
}
