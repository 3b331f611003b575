using JuneBudget.Markdown;
using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Rendering;

/// <summary>The hand-written corpus (Specs/corpus.md) with hand-built grids and sources.</summary>
internal static class RenderingCorpus
{
    public static string SpecsDirectory => Path.Combine(RepoPaths.Root, "tests", "JuneBudget.Tests", "Rendering", "Specs");

    public static string Markdown => File.ReadAllText(Path.Combine(SpecsDirectory, "corpus.md"));

    public static readonly SourceRef IncomeTotal = new("工信局2024.xlsx", "公开01表", "C18");
    public static readonly SourceRef IncomeChange = new("工信局2024.xlsx", "上年数", "D5");

    public static IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources => new Dictionary<string, IReadOnlyList<SourceRef>>
    {
        ["s1"] = [IncomeTotal],
        ["s2"] = [IncomeTotal, IncomeChange],
    };

    /// <summary>A side-by-side table (two header rows, a 收入 block over three columns) and a 自评表-like form with row merges.</summary>
    public static IReadOnlyDictionary<string, GridTable> Grids => new Dictionary<string, GridTable>
    {
        ["T01"] = new GridTable("T01", "收入支出决算总表", "公开01表", "部门：乌鲁木齐市测试局", "金额单位：万元", 2,
            [
                [H("收入", colSpan: 3), H("支出", colSpan: 3)],
                [H("项目"), H("行次"), H("金额"), H("项目"), H("行次"), H("金额")],
                [C("一、一般公共预算财政拨款收入"), C("1", CellAlign.Center), N("7,138.31", IncomeTotal), C("一、一般公共服务支出"), C("29", CellAlign.Center), N("6,000.00")],
                [C("总计"), C("12", CellAlign.Center), N("7,138.31", IncomeTotal), C("总计"), C("58", CellAlign.Center), N("<script>alert(2)</script>")],
            ],
            [30, 6, 14, 30, 6, 14], Landscape: true),
        ["P01"] = new GridTable("P01", "项目支出绩效自评表\n（2024年度）", null, null, null, 1,
            [
                [H("项目名称"), C("工业和信息化项目专家评审费", colSpan: 3)],
                [H("年度绩效指标", rowSpan: 2), C("产出指标", rowSpan: 2), C("召开评审论证次数"), N("10.00")],
                [C("发放专家费人数"), N("10.00")],
                [H("总分", colSpan: 3), N("100.00")],
            ],
            [20, 20, 40, 20], Landscape: false) { IsForm = true },
    };

    public static ReportDocument Parse() => ReportDocument.Parse(Markdown, Grids, Sources);

    private static GridCell H(string text, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, CellAlign.Center, IsHeader: true);

    private static GridCell C(string text, CellAlign align = CellAlign.Left, int colSpan = 1, int rowSpan = 1) => new(text, colSpan, rowSpan, align);

    private static GridCell N(string text, SourceRef? source = null) => new(text, Align: CellAlign.Right, Source: source);
}
