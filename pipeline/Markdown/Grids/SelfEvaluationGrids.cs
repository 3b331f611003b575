using JuneBudget.Format;
using JuneBudget.Model;
using static JuneBudget.Markdown.Grids.GridCells;

namespace JuneBudget.Markdown.Grids;

/// <summary>
/// Each 项目支出绩效自评表 of a workbook in its published merged-cell form (seed 004): 项目名称;
/// 主管部门/实施单位; the 项目资金（万元） block; 年度总体目标; 年度绩效指标完成情况 with 一级/二级
/// indicator cells merged down their groups; 总分. Ids P01… in workbook order. Nine columns:
/// a label column, then 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施.
/// </summary>
internal static class SelfEvaluationGrids
{
    private const string Dash = "—";

    public static IReadOnlyList<GridTable> Build(BudgetWorkbook wb, GridWords words)
    {
        ArgumentNullException.ThrowIfNull(wb);
        ArgumentNullException.ThrowIfNull(words);
        return [.. wb.Projects.Select((project, i) => Build(project, $"P{i + 1:00}", wb.Unit.Format, words.SelfEvaluationTitle))];
    }

    private static GridTable Build(ProjectEvaluation project, string id, ReportFormat format, string title)
    {
        var rows = new List<IReadOnlyList<GridCell>>
        {
            new[] { Header("项目名称"), Text(project.Name, 8, align: CellAlign.Center) },
            new[] { Header("主管部门"), Text(project.Department, 3, align: CellAlign.Center), Header("实施单位"), Text(project.Implementer, 4, align: CellAlign.Center) },
        };
        rows.AddRange(Funding(project, format));
        rows.Add([Header("年度总体目标", rowSpan: 2), Header("预期目标", 4), Header("实际完成情况", 4)]);
        rows.Add([Text(project.Goal, 4), Text(project.Achieved, 4)]);
        rows.AddRange(Indicators(project.Indicators));
        var totalWeight = project.FundingWeight.Value + project.Indicators.Sum(i => i.Weight.Value);
        rows.Add([Header("总分", 6), new GridCell(GridNumbers.Plain(totalWeight), Align: CellAlign.Right), Quantity(project.TotalScore, "分"), Blank()]);
        // Widths: 三级指标 and 偏差原因 hold the longest texts; 一级/二级 wrap their four or five characters anyway.
        // The first two rows (项目名称, 主管部门/实施单位) are repeated on a continued page.
        return new GridTable(id, title, null, null, null, 2, rows,
            [10, 8, 8, 15, 10, 10, 8, 10, 12], Landscape: false) { IsForm = true };
    }

    private static IEnumerable<IReadOnlyList<GridCell>> Funding(ProjectEvaluation project, ReportFormat format)
    {
        var lines = new List<(string Label, FundingLine Line)> { ("年度资金总额", project.Total), ("其中：当年财政拨款", project.CurrentAppropriation) };
        if (project.CarriedOver is { } carried) lines.Add(("上年结转资金", carried));
        lines.Add(("其他资金", project.Other));
        yield return [
            Header("项目资金（万元）", rowSpan: lines.Count + 1), Blank(2),
            Header("年初预算数"), Header("全年预算数"), Header("全年执行数"), Header("分值"), Header("执行率"), Header("得分"),
        ];
        for (var i = 0; i < lines.Count; i++)
        {
            var (label, line) = lines[i];
            var row = new List<GridCell> { Text(label, 2), Money(line.InitialBudget, format), Money(line.FullYearBudget, format), Money(line.Executed, format) };
            if (i == 0)
            {
                row.Add(Quantity(project.FundingWeight));
                row.Add(project.ExecutionRate is { } rate
                    ? new GridCell(GridNumbers.Percent(rate.Value), Align: CellAlign.Right, Source: rate.Source)
                    : BlankNumber());
                row.Add(Quantity(project.FundingScore, "分"));
            }
            else
            {
                row.AddRange([Center(Dash), Center(Dash), Center(Dash)]);
            }
            yield return row;
        }
    }

    /// <summary>The header row and one row per indicator; 一级 and 二级 cells span their consecutive runs.</summary>
    private static IEnumerable<IReadOnlyList<GridCell>> Indicators(IReadOnlyList<PerformanceIndicator> indicators)
    {
        yield return [
            Header("年度绩效指标完成情况", rowSpan: indicators.Count + 1),
            Header("一级指标"), Header("二级指标"), Header("三级指标"), Header("年度指标值"),
            Header("实际完成值"), Header("分值"), Header("得分"), Header("偏差原因分析及改进措施"),
        ];
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var row = new List<GridCell>();
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1)
                row.Add(Text(indicator.Level1, rowSpan: Run(indicators, i, same: x => x.Level1), align: CellAlign.Center));
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1 || indicators[i - 1].Level2 != indicator.Level2)
                row.Add(Text(indicator.Level2, rowSpan: Run(indicators, i, same: x => (x.Level1, x.Level2)), align: CellAlign.Center));
            row.AddRange([
                Text(indicator.Level3), Center(indicator.Target), Center(indicator.Actual),
                Quantity(indicator.Weight), Quantity(indicator.Score), Text(indicator.Deviation),
            ]);
            yield return row;
        }
    }

    /// <summary>How many consecutive indicators from <paramref name="start"/> share the key.</summary>
    private static int Run<TKey>(IReadOnlyList<PerformanceIndicator> indicators, int start, Func<PerformanceIndicator, TKey> same)
    {
        var key = same(indicators[start]);
        var end = start + 1;
        while (end < indicators.Count && EqualityComparer<TKey>.Default.Equals(same(indicators[end]), key)) end++;
        return end - start;
    }
}
