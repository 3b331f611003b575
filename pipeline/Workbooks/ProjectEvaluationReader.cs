using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// 绩效自评-项目 (one row per project) and 绩效自评-指标 (one row per indicator, project named on
/// each row) → <see cref="ProjectEvaluation"/>s in sheet order, indicators grouped by 项目名称.
/// </summary>
internal static class ProjectEvaluationReader
{
    public static IReadOnlyList<ProjectEvaluation> Read(CellReader cells, SheetReader? projects, SheetReader? indicators, decimal coverDivisor)
    {
        if (projects is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.绩效自评项目));
            return [];
        }
        var header = ColumnHeaderLocator.Find(projects, SelfEvaluationColumns.Project, ["项目名称"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(projects.Ref(projects.FirstRow, projects.FirstColumn), SheetNames.绩效自评项目, "项目名称"));
            return [];
        }
        var (row, cols) = header.Value;
        foreach (var label in SelfEvaluationColumns.Project.Where(l => !cols.ContainsKey(l) && !l.StartsWith("上年结转资金", StringComparison.Ordinal)))
            cells.Add(ReadFindings.MissingColumn(projects.Ref(row, projects.FirstColumn), SheetNames.绩效自评项目, label));
        var divisor = AmountUnitLocator.Find(projects, projects.FirstRow, row) ?? coverDivisor;
        var grouped = Indicators(cells, indicators);

        var list = new List<ProjectEvaluation>();
        for (var r = row + 1; r <= projects.LastRow; r++)
        {
            var name = Text(projects, r, cols, "项目名称");
            if (name.Length == 0) continue;
            var source = projects.Ref(r, cols["项目名称"]);
            var found = grouped.Remove(name, out var items);
            if (!found) cells.Add(ReadFindings.NoIndicators(source, name));
            list.Add(new ProjectEvaluation
            {
                Name = name,
                Department = Text(projects, r, cols, "主管部门"),
                Implementer = Text(projects, r, cols, "实施单位"),
                Total = Funding(cells, projects, r, cols, "年度资金总额", divisor)!,
                CurrentAppropriation = Funding(cells, projects, r, cols, "当年财政拨款", divisor)!,
                CarriedOver = Funding(cells, projects, r, cols, "上年结转资金", divisor),
                Other = Funding(cells, projects, r, cols, "其他资金", divisor)!,
                FundingWeight = Number(cells, projects, r, cols, "资金分值"),
                ExecutionRate = cols.TryGetValue("执行率", out var rc) ? cells.Rate(projects, r, rc) : null,
                FundingScore = Number(cells, projects, r, cols, "资金得分"),
                Goal = Text(projects, r, cols, "预期目标"),
                Achieved = Text(projects, r, cols, "实际完成情况"),
                GoalSource = Cell(projects, r, cols, "预期目标"),
                AchievedSource = Cell(projects, r, cols, "实际完成情况"),
                TotalScore = Number(cells, projects, r, cols, "总分"),
                Indicators = items ?? [],
                Source = source,
            });
        }
        foreach (var (project, items) in grouped)
            cells.Add(ReadFindings.OrphanIndicator(items[0].Source, project));
        return list;
    }

    /// <summary>Indicators by 项目名称, each list in sheet order (a merged 项目名称 cell counts for every row it spans).</summary>
    private static Dictionary<string, List<PerformanceIndicator>> Indicators(CellReader cells, SheetReader? sheet)
    {
        var byProject = new Dictionary<string, List<PerformanceIndicator>>();
        if (sheet is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.绩效自评指标));
            return byProject;
        }
        var header = ColumnHeaderLocator.Find(sheet, SelfEvaluationColumns.Indicator, ["项目名称", "三级指标"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), SheetNames.绩效自评指标, "项目名称"));
            return byProject;
        }
        var (row, cols) = header.Value;
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var project = Text(sheet, r, cols, "项目名称");
            if (project.Length == 0 || SelfEvaluationColumns.Indicator.Skip(1).All(l => Text(sheet, r, cols, l).Length == 0)) continue;
            if (!byProject.TryGetValue(project, out var list)) byProject[project] = list = [];
            list.Add(new PerformanceIndicator(Text(sheet, r, cols, "一级指标"), Text(sheet, r, cols, "二级指标"),
                Text(sheet, r, cols, "三级指标"), Text(sheet, r, cols, "年度指标值"), Text(sheet, r, cols, "实际完成值"),
                Number(cells, sheet, r, cols, "分值"), Number(cells, sheet, r, cols, "得分"),
                Text(sheet, r, cols, "偏差原因分析及改进措施"), sheet.Ref(r, cols["三级指标"]),
                cols.TryGetValue("实际完成值", out var actual) ? sheet.Ref(r, actual) : null)
            {
                TargetSource = Cell(sheet, r, cols, "年度指标值"),
            });
        }
        return byProject;
    }

    /// <summary>A 资金 line, or null (上年结转资金 only) when the sheet has none of its three columns or they are blank.</summary>
    private static FundingLine? Funding(CellReader cells, SheetReader sheet, int r, IReadOnlyDictionary<string, int> cols, string line, decimal divisor)
    {
        var columns = SelfEvaluationColumns.FundingColumns;
        int? Column(string c) => cols.TryGetValue(SelfEvaluationColumns.Funding(line, c), out var col) ? col : null;
        if (columns.All(c => Column(c) is null)) return line == "上年结转资金" ? null : new FundingLine(Amount.Zero, Amount.Zero, Amount.Zero);
        // Three blank 上年结转资金 cells mean the 自评表 has no such row (as the published form shows it).
        if (line == "上年结转资金" && columns.All(c => Column(c) is not { } col || sheet.IsBlank(r, col)))
            return null;
        Amount Get(string c) => Column(c) is { } col ? cells.Amount(sheet, r, col, divisor) : Amount.Zero;
        return new FundingLine(Get("年初预算数"), Get("全年预算数"), Get("全年执行数"));
    }

    private static SourceRef? Cell(SheetReader sheet, int r, IReadOnlyDictionary<string, int> cols, string label) =>
        cols.TryGetValue(label, out var c) ? sheet.Ref(r, c) : null;

    private static string Text(SheetReader sheet, int r, IReadOnlyDictionary<string, int> cols, string label) =>
        cols.TryGetValue(label, out var c) ? sheet.Text(r, c) : string.Empty;

    private static Quantity Number(CellReader cells, SheetReader sheet, int r, IReadOnlyDictionary<string, int> cols, string label) =>
        cols.TryGetValue(label, out var c) ? cells.Quantity(sheet, r, c) : Quantity.Zero;
}
