using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;
using static JuneBudget.Tests.Support.SeedTables;

namespace JuneBudget.Tests.Validation;

/// <summary>
/// Seed 000 (乌鲁木齐市招商服务局 2022, the 2022 format) rebuilt as a workbook from the figures its
/// text states, with a 上年数 sheet holding the prior-year figures its “比上年” sentences imply.
/// The seed contradicts itself; the readings chosen (each table holds what the section printing it says):
/// - 公开01表 本年支出合计 735.91 (§一; 支出总计 802.68 − 年末 66.77 = 735.91) while 公开03表 says 736.16
///   (§三; 基本 619.31 + 项目 116.85): both kept, the validator reports 01 ≠ 03. The seed's §五 share
///   “99.97%” is 735.91 ÷ 736.16, i.e. §三's figure; the generator divides by 01's 735.91 (100.00%).
/// - 公开01表 收入总计 803.94 (§一) ≠ 本年收入 750.10 + 年初 53.85 = 803.95 and ≠ 支出总计 802.68: kept.
/// - 公开04表 本年财政拨款支出 735.91, not §四's “669.48” (that is §五(二)'s 一般公共服务支出 类 figure):
///   802.68 − 66.77 = 735.91 = §五 一般公共预算, so 04 is consistent with itself in this reading.
/// - 上年 支出总计 669.04 = 802.68 − 133.64 (§一 keeps “增加133.64万元”; its “增长19.94%” is
///   收入总计's rate copied: 133.64 ÷ 669.04 = 19.97%).
/// - 公开05表 items as printed (基本 sums to 619.07, 合计 735.92) with 合计 735.91 and 基本 619.06 as
///   §五/§六 state: 1 cent apart, a rounding note.
/// Not stated, so chosen (“derived”): the 款 amounts of 公开06表 (only the 人员/公用经费 totals and
/// the 款 names are given), 05 items split into 基本/项目 by their kind (行政运行, 事业运行, 离退休,
/// 养老 → 基本; 一般行政管理事务, 招商引资 → 项目, summing to §三's 项目 116.85), 年初预算数 of §五
/// (749.96, as §四's), last year's 年末 balances (this year's 年初). Left out: the five 项目支出绩效自评表
/// (§十一 is outside the sentences this sample is for; 预算绩效 has only the seed's three texts, so E-08 has nothing to compare).
/// </summary>
internal static class Seed000Workbook
{
    public const string UnitName = "乌鲁木齐市招商服务局";
    public const int Year = 2022;

    private const string PersonnelUp = "当年追加人员类基本支出";
    private const string Frugal = "厉行节约，压减“三公”经费支出";
    private const string None = "我单位无此项支出";
    private const string CarryOver = "根据市委、市政府相关工作安排及全年工作任务目标情况，对上年结转进行合理支出";

    /// <summary>§五(三): 项 code, name, this year, last year (this year − the seed's change), 基本支出, 主要原因.</summary>
    private static readonly (string Code, string Name, decimal Amount, decimal Prior, bool Basic, string Reason)[] Items =
    [
        ("2011301", "行政运行", 381.35m, 333.28m, true, PersonnelUp),
        ("2011302", "一般行政管理事务", 8.62m, 9.67m, false, Frugal),
        ("2011308", "招商引资", 108.23m, 24.38m, false, "增加当年财政项目支出"),
        ("2011350", "事业运行", 171.28m, 164.46m, true, PersonnelUp),
        ("2013699", "其他共产党事务支出", 0m, 0.09m, false, "本年度没有此项费用发生"),
        ("2080501", "行政单位离退休", 6.58m, 2.36m, true, PersonnelUp),
        ("2080502", "事业单位离退休", 0.86m, 0.20m, true, PersonnelUp),
        ("2080505", "机关事业单位基本养老保险缴费支出", 52.50m, 41.22m, true, PersonnelUp),
        ("2080506", "机关事业单位职业年金缴费支出", 6.50m, 8.59m, true, PersonnelUp),
        ("2080801", "死亡抚恤", 0m, 24.43m, true, "本年度没有发生死亡抚恤支出"),
    ];

    /// <summary>款 names (科目名称 of the 5-digit rows).</summary>
    private static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["20113"] = "商贸事务", ["20136"] = "其他共产党事务支出", ["20805"] = "行政事业单位养老支出", ["20808"] = "抚恤",
    };

    /// <summary>公开06表 款 (derived: the seed names them and gives only 人员经费 559.73 and 公用经费 59.33).</summary>
    private static readonly (string Code, decimal Amount)[] Economic =
    [
        ("30101", 150.00m), ("30102", 120.00m), ("30103", 30.00m), ("30107", 60.00m), ("30108", 52.50m), ("30109", 6.50m),
        ("30110", 30.00m), ("30111", 5.00m), ("30112", 3.00m), ("30113", 45.00m), ("30199", 20.00m), ("30302", 7.44m), ("30305", 30.29m),
        ("30201", 10.00m), ("30202", 2.00m), ("30204", 0.10m), ("30207", 3.00m), ("30208", 8.00m), ("30211", 5.00m), ("30213", 2.00m),
        ("30216", 1.00m), ("30217", 0.50m), ("30226", 2.00m), ("30227", 3.00m), ("30228", 4.00m), ("30229", 3.00m), ("30231", 9.44m),
        ("30299", 6.29m),
    ];

    public static BudgetWorkbook Build()
    {
        var blank = BlankWorkbook.Create(UnitName, Year);
        var w = blank with
        {
            Unit = blank.Unit with { HasSubordinateUnits = true, SelfReference = "我单位", Nature = "行政单位" },
            Tables = new StatutoryTables(blank.Tables.ByKind.ToDictionary(t => t.Key, t => t.Value with
            {
                Rows = [.. t.Value.Rows.Where(r => r.Code is null || t.Key == K.GeneralBudgetBasic)],
            })),
            Budgets = new BudgetFigures(new(749.96m, null), new(749.96m, null), new(749.96m, null), Amount.Zero, Amount.Zero),
        };
        w = Set(w, K.IncomeExpenditureSummary, C.决算数,
            (R.一般公共预算财政拨款收入, 749.96m), (R.其他收入, 0.14m), (R.本年收入合计, 750.10m), (R.使用非财政拨款结余, 0m),
            (R.年初结转和结余, 53.85m), (R.收入总计, 803.94m), ("201", 669.48m), ("208", 66.44m),
            (R.本年支出合计, 735.91m), (R.结余分配, 0m), (R.年末结转和结余, 66.77m), (R.支出总计, 802.68m));
        w = Set(w, K.Income, C.本年收入合计, (R.合计, 750.10m));
        w = Set(w, K.Income, C.财政拨款收入, (R.合计, 749.96m));
        w = Set(w, K.Income, C.其他收入, (R.合计, 0.14m));
        w = Set(w, K.Expenditure, C.本年支出合计, (R.合计, 736.16m));
        w = Set(w, K.Expenditure, C.基本支出, (R.合计, 619.31m));
        w = Set(w, K.Expenditure, C.项目支出, (R.合计, 116.85m));
        w = Set(w, K.FiscalSummary, C.决算数, (R.一般公共预算财政拨款, 749.96m), (R.本年收入合计, 749.96m),
            (R.年初财政拨款结转和结余, 52.72m), (R.年初一般公共预算财政拨款, 52.72m), (R.收入总计, 802.68m));
        foreach (var column in new[] { C.合计, C.一般公共预算财政拨款 })
            w = Set(w, K.FiscalSummary, column, ("201", 669.48m), ("208", 66.44m), (R.本年支出合计, 735.91m),
                (R.年末财政拨款结转和结余, 66.77m), (R.支出总计, 802.68m));
        w = GeneralBudget(w, (735.91m, 619.06m, 116.85m), Items.Select(i => new SeedTables.Item(i.Code, i.Name, i.Amount, i.Basic)), code => Sections[code]);
        w = Set(w, K.GeneralBudgetBasic, C.决算数, [.. Economic,
            .. Economic.GroupBy(e => e.Code[..3]).Select(g => (g.Key, g.Sum(e => e.Amount))),
            (R.人员经费合计, 559.73m), (R.公用经费合计, 59.33m)]);
        // 公开07表 (2022): 三公 全年预算数 26.48 (0, 9.88, 0, 9.88, 16.60) and 决算数 12.95 (0, 9.44, 0, 9.44, 3.51).
        w = ThreePublic(w, [26.48m, 0m, 9.88m, 0m, 9.88m, 16.60m], [12.95m, 0m, 9.44m, 0m, 9.44m, 3.51m]);
        return Matters(w.Sourced());
    }

    private static BudgetWorkbook Matters(BudgetWorkbook w)
    {
        Quantity N(decimal v, string sheet, string a1) => w.Count(v, sheet, a1);
        Amount M(decimal v, string sheet, string a1) => w.Money(v, sheet, a1);
        TextValue T(string v, string sheet, string a1) => new(v, w.Cell(sheet, a1));
        const string other = SheetNames.其他事项, stats = SheetNames.三公统计, staff = SheetNames.人员情况;
        return w with
        {
            Profile = w.Profile with
            {
                Functions = [.. Functions.Select((f, i) => T(f, SheetNames.主要职能, $"A{4 + i}"))],
                Departments = [.. new[] { "党政办公室", "招商一科", "招商二科", "招商三科", "经济技术协作科" }.Select((d, i) => T(d, SheetNames.内设机构, $"A{4 + i}"))],
                MemberUnits =
                [
                    new MemberUnit(1, UnitName, "行政单位", w.Cell(SheetNames.决算单位构成, "B4")),
                    new MemberUnit(2, "乌鲁木齐市招商服务中心", "事业单位", w.Cell(SheetNames.决算单位构成, "B5")),
                ],
                Staff = new StaffCounts(N(46, staff, "B4"), N(32, staff, "B5"), N(20, staff, "B6"), N(12, staff, "B7"), N(0, staff, "B8"), N(14, staff, "B9")),
            },
            ThreePublic = w.ThreePublic with
            {
                TripGroups = N(0, stats, "B4"), TripPersons = N(0, stats, "B5"), VehiclesPurchased = N(0, stats, "B7"),
                VehiclesHeld = N(5, stats, "B8"), VehicleRunningContent = T("车辆维修维护费、停车费以及路桥费等", stats, "B9"),
                ReceptionBatches = N(25, stats, "B10"), ReceptionPersons = N(245, stats, "B11"),
                ReceptionContent = T("接待投资企业、客商餐费", stats, "B12"),
            },
            Other = w.Other with
            {
                OperatingCost = M(59.33m, other, "B4"),
                ProcurementTotal = M(0m, other, "B7"), ProcurementGoods = M(0m, other, "B8"), ProcurementWorks = M(0m, other, "B9"),
                ProcurementServices = M(0m, other, "B10"), ProcurementSme = M(0m, other, "B11"), ProcurementMicro = M(0m, other, "B12"),
                FixedAssetsOriginalValue = M(352.2m, other, "B13"), BuildingArea = N(0, other, "B14"), BuildingValue = M(0m, other, "B15"),
                VehicleCount = N(5, other, "B16"), VehicleValue = M(106.82m, other, "B17"),
                VehiclesByCategory = [.. WorkbookFields.VehicleCategories.Select((c, i) => (c, N(c == "其他用车" ? 5 : 0, other, $"B{18 + i}")))],
                OtherVehiclesDescription = T("机关公务用车", other, "B26"), LargeEquipmentCount = N(0, other, "B27"),
            },
            Performance = w.Performance with
            {
                Achievements = T("一是持续加强制度建设，打牢绩效管理工作基础。二是持续开展绩效评价，提高绩效工作管理水平。三是绩效管理制度进一步完善，提高了财政资金使用效益，保障部门更好履行职责", SheetNames.预算绩效, "B7"),
                Problems = T("一是预算绩效管理执行过程中还有差距。二是预算单位财会人员对预算管理业务水平有待提高", SheetNames.预算绩效, "B8"),
                Improvements = T("一是加强业务学习，提高综合能力。从书本学、向部门学、向同行学等，拓宽知识面，增加知识点，做到学用结合，达到预期效果；二是加强队伍建设，通过多种形式开展业务培训，提高预算绩效管理专业人才队伍水平，从而提高绩效管理工作能力", SheetNames.预算绩效, "B9"),
            },
            Reasons = Reasons(w.Reasons),
            PriorYearSheet = PriorYear(w),
        };
    }

    /// <summary>第一部分 一 (the seed's seven paragraphs, PDF line breaks joined).</summary>
    private static readonly string[] Functions =
    [
        "贯彻执行国家、自治区和我市有关招商引资、经济技术协作的方针、政策和法律、法规，起草有关地方性法规、规章草案和政策措施，组织编制招商引资、经济技术协作发展规划及中、长期规划和年度计划，并会同有关部门指导、协调和组织实施。",
        "负责产业招商工作；组织、协调、推进重大招商引资和经济技术协作交流活动；组织、指导、协调和参与与招商引资有关的会展、推介工作；联系、指导各区（县）、开发区、园区有关招商引资和经济技术协作工作。",
        "负责招商引资、经济技术协作运行情况的监测、调研、考核评价和综合分析，研究提出解决招商引资、经济技术协作重大问题的建议。",
        "负责招商引资和经济技术协作信息的收集、统计、分析、发布等工作；定期公布招商引资投资导向目录，引导企业资金投向。",
        "负责外地驻乌办事机构的管理工作，联系、指导外地驻乌办事机构、企业联合会（商会）和我市驻外地办事机构的招商引资、经济技术协作业务。",
        "负责招商引资、经济技术协作项目实施情况的跟踪、督促、落实、协调和服务。",
        "承办市委、市人民政府交办的其他事项。",
    ];

    /// <summary>The seed's 主要原因, by key (its wording, PDF line breaks joined).</summary>
    private static ReasonBook Reasons(ReasonBook blank)
    {
        const string general = "一般公共预算";
        var texts = new Dictionary<string, string>
        {
            [ReasonKeys.收入总计上年] = "增加了当年财政基本收入和项目收入",
            [ReasonKeys.支出总计上年] = "增加了当年财政基本支出和项目支出",
            [ReasonKeys.财政拨款收入上年] = "增加了当年财政基本收入和项目收入",
            [ReasonKeys.财政拨款支出上年] = "增加了当年财政基本支出和项目支出",
            [ReasonKeys.财政拨款收入预算] = CarryOver,
            [ReasonKeys.财政拨款支出预算] = CarryOver,
            [ReasonKeys.一般公共预算上年] = "增加了当年财政基本支出和项目支出",
            [ReasonKeys.三公上年] = Frugal,
            [ReasonKeys.ThreePublicItem("因公出国", false)] = "我单位无因公出国（境）费",
            [ReasonKeys.ThreePublicItem("公务用车", false)] = Frugal,
            [ReasonKeys.ThreePublicItem("公务接待", false)] = "来乌鲁木齐投资企业增加，公务接待批次及人次增加",
            [ReasonKeys.三公预算] = Frugal,
            [ReasonKeys.ThreePublicItem("因公出国", true)] = None,
            [ReasonKeys.ThreePublicItem("公务用车购置", true)] = None,
            [ReasonKeys.ThreePublicItem("公务用车运行", true)] = Frugal,
            [ReasonKeys.ThreePublicItem("公务接待", true)] = Frugal,
            [ReasonKeys.机关运行经费上年] = "因人员增加，办公费成本增加",
        };
        foreach (var item in Items) texts[ReasonKeys.Item(general, item.Code)] = item.Reason;
        var book = blank.ByKey.ToDictionary(e => e.Key, e => e.Value);
        var row = 4;
        foreach (var (key, text) in texts) book[key] = new TextValue(text, new SourceRef(BlankWorkbook.FileNameFor(UnitName, Year), SheetNames.主要原因, $"C{row++}"));
        return new ReasonBook(book);
    }

    /// <summary>
    /// 上年数 implied by the text (this year − the stated change): 收入总计 803.94 − 133.64, 支出总计
    /// 802.68 − 133.64, 财政拨款收入/支出总计 802.68 − 135.85, 一般公共预算 735.91 − 127.22, 三公 12.95 + 0.38
    /// (车 9.44 + 0.41, 接待 3.51 − 0.03), 机关运行经费 59.33 − 9.09; the 项 of §五(三) with their 款; 年末结转和结余
    /// and 年末一般公共预算结转 as this year's 年初 (derived).
    /// </summary>
    private static PriorYearFigures PriorYear(BudgetWorkbook w)
    {
        (string Key, decimal Value)[] figures =
        [
            (PriorYearFields.收入总计, 670.30m), (PriorYearFields.支出总计, 669.04m),
            (PriorYearFields.年末结转和结余, 53.85m), (PriorYearFields.年末一般公共预算结转, 52.72m),
            (PriorYearFields.财政拨款收入总计, 666.83m), (PriorYearFields.财政拨款支出总计, 666.83m),
            (PriorYearFields.一般公共预算财政拨款支出, 608.69m),
            (PriorYearFields.三公经费合计, 13.33m), (PriorYearFields.因公出国费, 0m), (PriorYearFields.公务用车购置及运行费, 9.85m),
            (PriorYearFields.公务用车购置费, 0m), (PriorYearFields.公务用车运行费, 9.85m), (PriorYearFields.公务接待费, 3.48m),
            (PriorYearFields.机关运行经费, 50.24m),
        ];
        var row = 4 + figures.Length;
        var items = Sections.Select(s => (s.Key, Name: s.Value, Value: Items.Where(i => i.Code[..5] == s.Key).Sum(i => i.Prior)))
            .Concat(Items.Select(i => (Key: i.Code, i.Name, Value: i.Prior)))
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => new PriorItem(i.Key, i.Name, w.Money(i.Value, SheetNames.上年数, $"D{row++}")))
            .ToList();
        return new PriorYearFigures(SheetNames.上年数,
            figures.Select((f, i) => (f.Key, Amount: w.Money(f.Value, SheetNames.上年数, $"D{4 + i}"))).ToDictionary(f => f.Key, f => f.Amount),
            items, [], []);
    }
}
