using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.SampleInput;

/// <summary>
/// Cell comments the sample workbooks carry: which figures seed 004 states and which the sample
/// chose to fit them, so nobody mistakes a chosen figure for a published one.
/// </summary>
internal static class Seed004Notes
{
    internal sealed record Note(string Sheet, string Cell, string Text);

    private const string Source = "样例数据：乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明（种子004）。";

    public static IReadOnlyList<Note> For(int year) => year == 2024 ? Y2024 : Y2023;

    private static string Table(TableKind kind, ReportFormat format) => format.Code(kind);

    private static readonly Note[] Y2024 =
    [
        new(SheetNames.封面, "A1", Source + "2024年各数均为说明所载；说明未给出而由样例选定的数，在所在表的批注中写明。"),
        new(Table(TableKind.IncomeExpenditureSummary, FormatLibrary.Repository[2024]), "A1",
            "年初结转和结余0.00为说明所载；2023年末结转和结余为66.30（见2023年工作簿），两者不等是真实的跨年差异（如结余资金被财政收回），校验会给出警告。"),
        new(Table(TableKind.Income, FormatLibrary.Repository[2024]), "A1", "各项由公开05表推出：本年收入全部为一般公共预算财政拨款（说明二：财政拨款收入占100.00%）。"),
        new(Table(TableKind.Expenditure, FormatLibrary.Repository[2024]), "A1", "各项由公开05表推出（本年支出全部为一般公共预算财政拨款支出）。"),
        new(Table(TableKind.GeneralBudget, FormatLibrary.Repository[2024]), "A1",
            "各项决算数为说明五(三)所载；基本支出1,894.78由六个项构成（2150501、2150101、2080501、2080505、2080506、2080801），此分法为样例推定（说明只给出合计）。"),
        new(Table(TableKind.GeneralBudgetBasic, FormatLibrary.Repository[2024]), "A1",
            "人员经费1,763.61、公用经费131.18及所列款名为说明六所载；各款金额为样例选定。1,763.61+131.18=1,894.79与基本支出1,894.78相差0.01，是说明原有的四舍五入差，有意保留。"),
        new(SheetNames.上年数, "A1", "由2023年样例工作簿计算得出（输入文件夹中有2023年工作簿时以其为准，两者一致）。"),
        new(SheetNames.绩效自评项目, "A1", "15张项目支出绩效自评表由说明附表转录（PDF文字残缺处有重建，见各项目名称单元格的批注），全年预算数合计2,452.29，另有SM项目4个525.58。"),
    ];

    private static readonly Note[] Y2023 =
    [
        new(SheetNames.封面, "A1", Source + "2023年只有与2024年比较所需的数为说明所载：收支总计37,815.22、财政拨款收支总计37,714.86、一般公共预算各项（合计7,022.98）、政府性基金30,625.58、“三公”经费19.71（出国0.00、车辆19.70、接待0.01）、机关运行经费127.73、人员数。其余为样例选定，与上述合计一致。"),
        new(Table(TableKind.IncomeExpenditureSummary, FormatLibrary.Repository[2023]), "A1",
            "样例选定：一般公共预算财政拨款收入7,089.28（其中66.30未支出，列2150805并形成年末结转和结余66.30）；其他收入100.36在2150501作为基本支出全部支出。"),
        new(Table(TableKind.GeneralBudgetBasic, FormatLibrary.Repository[2023]), "A1",
            "样例选定：公用经费127.73（=2023年机关运行经费）；人员经费1,928.61，使人员+公用=公开05表基本支出2,056.34。"),
        new(Table(TableKind.ThreePublic, FormatLibrary.Repository[2023]), "A1", "决算数为说明所载（2024年比上年的增减推出）；预算数为样例选定（=决算数）。"),
        new(SheetNames.预算数, "A1", "样例选定：年初预算数=一般公共预算财政拨款收入7,089.28（专项债券资金为年中追加）。"),
        new(SheetNames.三公统计, "A1", "样例选定。"),
        new(SheetNames.其他事项, "A1", "机关运行经费127.73为说明所载；其余为样例选定。"),
        new(SheetNames.预算绩效, "A1", "样例选定：2023年样例不附自评表，只有4个SM项目。"),
        new(SheetNames.主要原因, "A1", "2023年样例不含主要原因（2022年数未知，样例只为2024年提供上年数）。"),
    ];
}
