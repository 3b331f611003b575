using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;
using static JuneBudget.SampleInput.CodedTableBuilder;
using static JuneBudget.SampleInput.Seed004Profile;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;
using F = JuneBudget.Format.SelfReportFields;

namespace JuneBudget.SampleInput;

/// <summary>
/// The unit of seed 001, 高新区（新市区）招商服务局 2023, whose 部门整体支出绩效自评报告 is the seed:
/// every figure and text of its 整体自评 sheets is the seed's (texts verbatim, PDF line breaks
/// joined). The seed publishes no 公开表; the nine tables are chosen to hold exactly what the
/// report states: 执行数 307.27 = 基本支出 299.06 (2011301 行政运行) + 项目支出 8.21 (2011308
/// 招商引资), all 一般公共预算财政拨款, nothing carried over; 06 款 chosen (人员 277.00, 公用 22.06).
/// </summary>
public static class Seed001Sample
{
    public const string UnitName = "高新区（新市区）招商服务局";
    public const int Year = 2023;

    public static string FileName => BlankWorkbook.FileNameFor(UnitName, Year);

    private const decimal Basic = 299.06m, Project = 8.21m, Spent = Basic + Project;

    /// <summary>
    /// The workbook, with a 上年数 sheet equal to its own 2023 figures (2022 chosen: the seed states
    /// none), so the sample's 公开说明 stands on its own.
    /// </summary>
    public static BudgetWorkbook Workbook()
    {
        var current = ThisYear();
        return current with { PriorYearSheet = PriorYearExtractor.FromWorkbook(current) with { Origin = SheetNames.上年数 } };
    }

    private static BudgetWorkbook ThisYear()
    {
        var blank = BlankWorkbook.Create(UnitName, Year);
        return blank with
        {
            Profile = new UnitProfile([Text(Functions)], [Text("办公室"), Text("综合业务科")], [],
                new StaffCounts(Count(15), Count(15), Count(7), Count(8), Count(0), Count(0)), null),
            Tables = Tables(FileName),
            Budgets = new BudgetFigures(Money(340.57m), Money(340.57m), Money(340.57m), Money(0m), Money(0m)),
            Other = blank.Other with { OperatingCost = Money(22.06m) },
            // The one project has no 项目支出绩效自评表 in the sample: it is listed as 其他需说明的事项 (E-08).
            Performance = blank.Performance with
            {
                ProjectCount = Count(1), Budget = Money(Project), Executed = Money(Project),
                OtherCategory = Text("部门整体支出绩效自评"), OtherCount = Count(1), OtherBudget = Money(Project), OtherExecuted = Money(Project),
                Achievements = Text("达到提升区域经济效益"),
                Problems = Text("部分业务人员绩效管理意识有待增强，绩效管理经验不足"),
                Improvements = Text("完善绩效指标，提升预算精细化管理水平"),
            },
            PriorYearSheet = null,
            Reasons = Seed004Reasons.Build(blank.Reasons, Reasons),
            SelfReport = SelfReport(),
        };
    }

    private const string Unchanged = "人员和业务未发生变化，支出保持稳定";
    private const string Adjusted = "年中调减部分项目预算，同时严格控制一般性支出";
    private const string NoThreePublic = "本单位未发生“三公”经费支出";

    /// <summary>The 主要原因 of the sample's 公开说明 (chosen: the seed is the 自评报告 only; 2022 equals 2023).</summary>
    private static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        [ReasonKeys.收支总体上年] = Unchanged,
        [ReasonKeys.财政拨款上年] = Unchanged,
        [ReasonKeys.财政拨款预算] = Adjusted,
        [ReasonKeys.一般公共预算上年] = Unchanged,
        [ReasonKeys.一般公共预算预算] = Adjusted,
        ["一般公共预算.2011301.上年"] = Unchanged,
        ["一般公共预算.2011308.上年"] = Unchanged,
        [ReasonKeys.三公上年] = NoThreePublic,
        ["三公.因公出国.上年"] = NoThreePublic,
        ["三公.公务用车.上年"] = NoThreePublic,
        ["三公.公务接待.上年"] = NoThreePublic,
        [ReasonKeys.三公预算] = NoThreePublic,
        ["三公.因公出国.预算"] = NoThreePublic,
        ["三公.公务用车购置.预算"] = NoThreePublic,
        ["三公.公务用车运行.预算"] = NoThreePublic,
        ["三公.公务接待.预算"] = NoThreePublic,
        [ReasonKeys.机关运行经费上年] = Unchanged,
    };

    public const string Functions = "贯彻执行国家、自治区和乌鲁木齐市有关招商引资的方针、政策和法律、法规，组织编制招商引资发展规划及中、长期规划和年度计划，并会同有关部门指导、协调和组织实施；组织、组织协调、推进重大招商引资交流活动，研究提出解决招商引资重大问题的建议";

    public static SelfReportInput SelfReport() => new()
    {
        InitialBasic = Money(304.57m),
        InitialProject = Money(36m),
        Increase = Money(0m),
        Decrease = Money(26.70m),
        BudgetPersonnel = Money(282.53m),
        BudgetPublic = Money(23.13m),
        BudgetProject = Money(8.21m),
        ExecutionWeight = Count(10),
        AdministrativePosts = Count(9),
        AdministrativeStaff = Count(7),
        InstitutionalPosts = Count(12),
        InstitutionalStaff = Count(8),
        Employees = Count(5),
        Texts = Texts.ToDictionary(t => t.Key, t => Text(t.Value), StringComparer.Ordinal),
        Projects = [new SelfReportProject("招商引资经费", "本级财力", Money(8.21m), Money(8.21m), Text("达到提升区域经济效益"), Sheet(SheetNames.整体自评项目, "A4"))],
        Indicators =
        [
            Indicator(4, "引进企业数量", "≥", 5, "家", 32, null, "引进企业数量", 33, 10, 10, "指标设置不合理", "进一步提高绩效管理设置水平，强化绩效工作学习"),
            Indicator(5, "预算经费", "≤", 340.57m, "万元", 148.23m, 313.87m, "预算经费", 307.27m, 10, 10, "部分年初预算调减，上年资金结余"),
            Indicator(6, "项目支出预算执行率", "=", 100, "%", 97.22m, null, "项目支出预算执行率", 100, 7, 7),
            Indicator(7, "政府采购执行率", "=", 100, "%", 0, null, "政府采购执行率", 100, 6, 6),
            Indicator(8, "驻点招商执行率", "=", 100, "%", 100, null, "", 100, 7, 7),
            Indicator(9, "完成区外到位资金", "≥", 450, "亿元", 142.8m, 360, "", 361.77m, 10, 10,
                note: "年中根据市招商服务局任务指标调整；因绩效平台无法调整年初绩效指标，故此项任务已完成不扣分"),
            Indicator(10, "走访企业完成率", "≥", 90, "%", 100, null, "走访企业完成率", 100, 15, 15, note: "本次评价走访企业76家"),
            Indicator(11, "营商环境指标评价良好率", "≥", 80, "%", 80, null, "指标良好率", 100, 15, 15),
            Indicator(12, "服务企业满意度", "≥", 95, "%", 95, null, "受益人员满意度", 100, 10, 10),
        ],
        Source = Sheet(SheetNames.整体自评, "A1"),
    };

    /// <summary>The text blocks, verbatim from seed 001 (the “综上所述，” the template writes is not repeated).</summary>
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>
    {
        [F.主要职能] = Functions + "。",
        [F.机构设置] = "高新区（新市区）招商服务局下属预算单位1个，高新区（新市区）招商服务中心（事业）。高新区（新市区）招商服务局下设2个处室，分别是：办公室和综合业务科。",
        [F.年度重点工作] = "围绕自治区八大产业集群和市产业规划，始终将招商引资作为推动高质量发展的重要抓手，作为聚产业、扩内需、促开放、激活力的有力举措，不断创新思路、优化措施，全力提升招商引资工作成效。落实执行项目数总计60个，实现招商引资到位资金361.77亿元，共签订60个项目，计划总投资额470.13亿元，项目涉及新能源、新材料、现代服务业、现代农业、生物医药、物流等产业。",
        [F.预算安排综述] = "部门预算安排与单位职能关联度较高，预算安排结构清晰明了，能够直观展示各项费用的分配情况，预算规模合理，为单位的稳健发展和高效运行提供了有力保障。",
        [F.预算调整综述] = "年中预算调整幅度与单位运转情况和履职情况相匹配，未出现资金收支不平衡以及债务风险等负面影响，确保了预算调整的合理性和必要性。",
        [F.预算执行综述] = "在执行预算过程中不存在闲置、浪费或挪用等情况，执行预算在预期可控范围内，严格按照项目进度支付资金，不存在超进度付款情况，资金支出方向合理，资金支出流程规范。",
        [F.基本支出用途] = "职工工资、奖金、社保、医保、住房公积金等",
        [F.项目支出用途] = "差旅费等",
        [F.基本支出管理] = "基本支出严格按照财务管理制度执行。人员工资由编办、人社局、社保局、医保局、住房公积金管理办公室及财政局等部门逐个审核，按月申报及发放。基本公用经费用于支付办公室日常的邮电费、办公用品、办公耗材款等，公务用车运行维护费主要用于车辆加油、维修及购买车辆保险。",
        [F.管理制度健全性] = "本单位从预算收支管理、资产管理、政府采购管理、合同管理等方面，健全和完善单位财务管理制度、坚定实施各项内部控制制度；为加强预算管理，规范财务行为，已制定《高新区（新市区）招商服务局预算绩效管理工作实施办法》，《高新区（新市区）招商服务局财务管理制度》等健全完整的各项管理制度，有效保障了工作职能的高效履行，较好的促进事业发展。",
        [F.资金使用合规性] = "部门预算资金使用符合国家法规和财务管理制度；预算资金拨付有完整的审批程序和手续，符合项目预算批复或合同规定的用途；不存在截留、挤占、挪用、虚列支出等情况，确保预算资金规范运行。",
        [F.存在问题] = "过于重视项目短期行为，部分业务人员绩效管理意识有待增强，未能全面深入认识理解绩效管理工作的意义。绩效管理经验不足，预算绩效管理工作有待进一步落实。缺少带着问题去评价的意识，后续效益评价的具体措施和方法不足。",
        [F.改进措施] = "完善绩效指标，依据对部门工作任务的分解形成工作活动层面的绩效目标，提高整体绩效目标质量。提升预算精细化管理水平。继续完善预算绩效管理相关工作制度，建立全过程预算绩效管理链条，有效贯彻落实全面实施绩效管理的精神。",
        [F.建议] = "加强预算绩效目标管理工作。明确预算项目绩效目标编制要求，分类别建立科学合理、细化量化、可比可测预算绩效指标体系，突出结果导向，重点考核实绩。\n加强绩效业务学习及培训，提高业务人员绩效管理意识，进一步加强预算绩效管理工作，完善预算绩效管理制度，有效推动下一年度预算绩效管理工作常态化、规范化。\n借助第三方专业机构力量，贯彻落实全面预算绩效管理工作，建立全过程预算绩效管理链条，将绩效各个环节紧密贯通。",
    };

    private static SelfReportIndicator Indicator(int row, string name, string comparison, decimal target, string unit, decimal midyear,
        decimal? adjusted, string measure, decimal actual, decimal weight, decimal score, string deviation = "", string improvement = "", string note = "")
    {
        Quantity Q(decimal v, string col) => new(v, Sheet(SheetNames.整体自评指标, col + row));
        TextValue T(string v, string col) => new(v, Sheet(SheetNames.整体自评指标, col + row));
        return new SelfReportIndicator
        {
            Name = name, Comparison = comparison, Target = Q(target, "C"), Unit = unit, Midyear = Q(midyear, "E"),
            AdjustedTarget = adjusted is { } a ? Q(a, "F") : null, Measure = measure, Actual = Q(actual, "H"),
            Weight = Q(weight, "I"), Score = Q(score, "J"), Deviation = T(deviation, "K"), Improvement = T(improvement, "L"), Note = T(note, "M"),
            Source = Sheet(SheetNames.整体自评指标, "A" + row),
        };
    }

    private static StatutoryTables Tables(string file)
    {
        var f = FormatLibrary.Repository[Year];
        var admin = new Item("2011301", "行政运行", new Dictionary<string, decimal>());
        var invest = new Item("2011308", "招商引资", new Dictionary<string, decimal>());
        var summary = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款收入, C.决算数, Spent).Set(R.本年收入合计, C.决算数, Spent).Set(R.收入总计, C.决算数, Spent)
            .Set(R.本年支出合计, C.决算数, Spent).Set(R.支出总计, C.决算数, Spent).Set("201", C.决算数, Spent);
        var fiscal = new FixedTableFiller.Values()
            .Set(R.一般公共预算财政拨款, C.决算数, Spent).Set(R.本年收入合计, C.决算数, Spent).Set(R.收入总计, C.决算数, Spent)
            .Set(R.本年支出合计, C.合计, Spent).Set(R.本年支出合计, C.一般公共预算财政拨款, Spent)
            .Set(R.支出总计, C.合计, Spent).Set(R.支出总计, C.一般公共预算财政拨款, Spent)
            .Set("201", C.合计, Spent).Set("201", C.一般公共预算财政拨款, Spent);
        var tables = new Dictionary<TableKind, StatutoryTable>
        {
            [TableKind.IncomeExpenditureSummary] = FixedTableFiller.Fill(file, TableKind.IncomeExpenditureSummary, f, summary),
            [TableKind.Income] = CodedTableBuilder.Build(file, TableKind.Income, f,
            [
                admin with { Values = new Dictionary<string, decimal> { [C.本年收入合计] = Basic, [C.财政拨款收入] = Basic } },
                invest with { Values = new Dictionary<string, decimal> { [C.本年收入合计] = Project, [C.财政拨款收入] = Project } },
            ]),
            [TableKind.Expenditure] = CodedTableBuilder.Build(file, TableKind.Expenditure, f,
            [
                admin with { Values = new Dictionary<string, decimal> { [C.本年支出合计] = Basic, [C.基本支出] = Basic } },
                invest with { Values = new Dictionary<string, decimal> { [C.本年支出合计] = Project, [C.项目支出] = Project } },
            ]),
            [TableKind.FiscalSummary] = FixedTableFiller.Fill(file, TableKind.FiscalSummary, f, fiscal),
            [TableKind.GeneralBudget] = CodedTableBuilder.Build(file, TableKind.GeneralBudget, f,
            [
                admin with { Values = new Dictionary<string, decimal> { [C.合计] = Basic, [C.基本支出] = Basic } },
                invest with { Values = new Dictionary<string, decimal> { [C.合计] = Project, [C.项目支出] = Project } },
            ]),
            [TableKind.GeneralBudgetBasic] = EconomicTableBuilder.Build(file, f, new Dictionary<string, decimal>
            {
                ["30101"] = 150.00m, ["30102"] = 97.00m, ["30103"] = 30.00m, ["30201"] = 12.06m, ["30211"] = 10.00m,
            }),
            [TableKind.GovernmentFund] = CodedTableBuilder.Build(file, TableKind.GovernmentFund, f, []),
            [TableKind.StateCapital] = CodedTableBuilder.Build(file, TableKind.StateCapital, f, []),
            [TableKind.ThreePublic] = Seed004Tables2024.ThreePublic(file, f, budget: [0m, 0m, 0m, 0m, 0m, 0m], actual: [0m, 0m, 0m, 0m, 0m, 0m]),
        };
        return new StatutoryTables(tables);
    }

    private static SourceRef Sheet(string sheet, string cell) => new(FileName, sheet, cell);

    private static TextValue Text(string value) => new(value, null);
}
