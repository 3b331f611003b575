using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.SelfReport;

/// <summary>
/// The units the 自评报告 tests use: seed 001's (the sample of input/) and a second one with other
/// figures (a 调增, a project funded from 上年结转, indicators scored below their 权重, a total in
/// the 良 band), rendered with the repository's templates.
/// </summary>
internal static class SelfReportUnits
{
    public static BudgetWorkbook Seed001 => Seed001Sample.Workbook();

    public static UnitYear Unit(BudgetWorkbook workbook) => new(workbook, null, workbook.PriorYearSheet);

    public static SelfReportFormat Format => SelfReportFormat.Resolve(RepoPaths.Templates, 2023)!;

    /// <summary>
    /// 年初 340.57 + 调增 20.00 = 360.57 (基本 305.66 + 项目 54.91); 执行 307.27 as in seed 001
    /// (公开03表 unchanged), so 执行率 85.22% and its score 8.52; projects 招商引资经费 (本级财力,
    /// 30.00 budgeted, 5.21 spent) and 驻点招商经费 (上年结转, 24.91, 3.00); 引进企业数量 scored 2
    /// of 10 and 服务企业满意度 9 of 10: total 8.52 + 81 = 89.52, 良.
    /// </summary>
    public static BudgetWorkbook Second
    {
        get
        {
            var wb = Seed001;
            var s = wb.SelfReport!;
            var file = wb.FileName;
            SourceRef Cell(string sheet, string a1) => new(file, sheet, a1);
            return wb with
            {
                SelfReport = s with
                {
                    Increase = new(20m, Cell(SheetNames.整体自评, "B6")),
                    Decrease = new(0m, Cell(SheetNames.整体自评, "B7")),
                    BudgetProject = new(54.91m, Cell(SheetNames.整体自评, "B10")),
                    Projects =
                    [
                        new("招商引资经费", "本级财力", new(30m, Cell(SheetNames.整体自评项目, "C4")), new(5.21m, Cell(SheetNames.整体自评项目, "D4")),
                            new("举办推介会3场", null), Cell(SheetNames.整体自评项目, "A4")),
                        new("驻点招商经费", "上年结转", new(24.91m, Cell(SheetNames.整体自评项目, "C5")), new(3.00m, Cell(SheetNames.整体自评项目, "D5")),
                            TextValue.Empty, Cell(SheetNames.整体自评项目, "A5")),
                    ],
                    Indicators =
                    [
                        s.Indicators[0] with { Score = new(2m, Cell(SheetNames.整体自评指标, "J4")) },
                        .. s.Indicators.Skip(1).Take(7),
                        s.Indicators[8] with { Score = new(9m, Cell(SheetNames.整体自评指标, "J12")) },
                    ],
                },
            };
        }
    }

    public static (SelfReportFacts Facts, RenderedReport Report, string Text) Render(BudgetWorkbook workbook)
    {
        var format = Format;
        var facts = SelfReportFactsBuilder.Build(Unit(workbook), format)!;
        var report = ReportTemplateRenderer.Render(format.TemplateFiles, RepoPaths.Templates, facts, facts.Sources);
        return (facts, report, SentenceText.Normalise(report.Markdown));
    }

    /// <summary>The 公开03表 figures the report's 执行数 come from.</summary>
    public static (decimal Basic, decimal Project) Executed(BudgetWorkbook wb) =>
        (wb.Tables.Expenditure.Get(R.合计, C.基本支出).Value, wb.Tables.Expenditure.Get(R.合计, C.项目支出).Value);
}
