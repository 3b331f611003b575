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
/// Seed 003 (乌鲁木齐市政务服务管理局 2021) rebuilt as a workbook from the figures its text states,
/// contradictions included. Not stated, so chosen and marked “derived”: 01 年初结转和结余 = the 自评表'
/// 上年结转资金 (237.67; the text says carry-overs were used), 01 年末 balancing 收入总计 = 支出总计,
/// 04 年初/年末 = 0. Tables the text does not itemise (01/04 类, 02/03 科目, 06 款) list no coded rows.
/// 05 items are split into 基本/项目 by their kind (行政运行, 事业运行, 离退休, 养老 → 基本).
/// The 上年数 sheet holds the prior-year figures implied by its “比上年” sentences. Readings chosen where the
/// seed contradicts itself (the validator reports the rest): §一's “收入 1675.95 万元，上年数 2186.52 万元” and
/// “本年支出 … 减少 375.71 万元” give last year's 收入总计 (2,186.52) and 支出总计 (2,116.48 + 375.71); the
/// 年初预算数 of 财政拨款支出 is the 2,039.11 §四 states for 收入 (the seed gives none for 支出); 三公 last year is
/// the §七 total 9.91 although its items' changes (1.76 + 0.05) imply 9.96; 十(三)'s vehicles are the 本级's
/// (2 辆, 39.24 万元). The 主要原因 and 开支内容 texts are the seed's own.
/// </summary>
internal static class Seed003Workbook
{
    public const string UnitName = "乌鲁木齐市政务服务管理局";

    public static BudgetWorkbook Build()
    {
        var blank = BlankWorkbook.Create(UnitName, 2021);
        var w = blank with
        {
            Unit = blank.Unit with { HasSubordinateUnits = true, SelfReference = "我单位", Nature = "行政单位" },
            Tables = new StatutoryTables(blank.Tables.ByKind.ToDictionary(t => t.Key, t => t.Value with { Rows = [.. t.Value.Rows.Where(r => r.Code is null)] })),
        };
        w = Set(w, K.IncomeExpenditureSummary, C.决算数,
            (R.一般公共预算财政拨款收入, 1_675.95m), (R.其他收入, 2.67m), (R.本年收入合计, 2_165.10m), (R.年初结转和结余, 237.67m),
            (R.收入总计, 2_402.77m), (R.本年支出合计, 2_116.48m), (R.年末结转和结余, 286.29m), (R.支出总计, 2_402.77m));
        w = w.WithAmount(K.Income, R.合计, C.本年收入合计, 2_165.10m).WithAmount(K.Income, R.合计, C.财政拨款收入, 1_675.95m)
            .WithAmount(K.Income, R.合计, C.其他收入, 2.67m);
        w = w.WithAmount(K.Expenditure, R.合计, C.本年支出合计, 2_116.48m).WithAmount(K.Expenditure, R.合计, C.基本支出, 1_261.28m)
            .WithAmount(K.Expenditure, R.合计, C.项目支出, 855.20m);
        w = Set(w, K.FiscalSummary, C.决算数, (R.一般公共预算财政拨款, 2_155.93m), (R.本年收入合计, 2_155.93m), (R.收入总计, 2_155.93m));
        w = Set(w, K.FiscalSummary, C.合计, (R.本年支出合计, 2_155.93m), (R.支出总计, 2_155.93m));
        w = Set(w, K.FiscalSummary, C.一般公共预算财政拨款, (R.本年支出合计, 2_155.93m), (R.支出总计, 2_155.93m));
        // 公开05表: §五 items, their 款 and 类 summed exactly, and the 合计 as printed (2,114.60 and 1,259.40, 0.01 above the items).
        w = GeneralBudget(w, (2_114.60m, 1_259.40m, 855.20m), Items.Select(i => new SeedTables.Item(i.Code, i.Name, i.Amount, i.Basic)), code => code);
        w = Set(w, K.GeneralBudgetBasic, C.决算数, (R.人员经费合计, 1_131.51m), (R.公用经费合计, 127.89m));
        // 公开07表 (2021): 三公 预算数 9.22 (0, 8.93, 0.29) and 决算数 8.15 (0, 8.09, 0.06).
        w = ThreePublic(w, [9.22m, 0m, 8.93m, 0m, 8.93m, 0.29m], [8.15m, 0m, 8.09m, 0m, 8.09m, 0.06m]);
        return Matters(w.Sourced());
    }

    private static readonly (string Code, string Name, decimal Amount, bool Basic)[] Items =
    [
        ("2010101", "行政运行", 314.73m, true), ("2010302", "一般行政管理事务", 170.58m, false), ("2010350", "事业运行", 829.12m, true),
        ("2010399", "其他政府办公厅（室）及相关机构事务支出", 682.47m, false), ("2013699", "其他共产党事务支出", 0.07m, false),
        ("2080501", "行政单位离退休", 0.22m, true), ("2080502", "事业单位离退休", 1.42m, true),
        ("2080505", "机关事业单位基本养老保险缴费支出", 88.21m, true), ("2080506", "机关事业单位职业年金缴费支出", 25.69m, true),
        ("2299999", "其他支出", 2.08m, false),
    ];

    private static BudgetWorkbook Matters(BudgetWorkbook w)
    {
        Quantity N(decimal v, string sheet, string a1) => w.Count(v, sheet, a1);
        Amount M(decimal v, string sheet, string a1) => w.Money(v, sheet, a1);
        TextValue T(string text, string sheet, string a1) => new(text, w.Cell(sheet, a1));
        const string other = SheetNames.其他事项, stats = SheetNames.三公统计, staff = SheetNames.人员情况;
        return w with
        {
            Profile = w.Profile with
            {
                MemberUnits =
                [
                    new MemberUnit(1, "乌鲁木齐市政务服务中心", "全额事业单位", w.Cell(SheetNames.决算单位构成, "B4")),
                    new MemberUnit(2, "乌鲁木齐市公共资源交易中心（乌鲁木齐市政府采购中心）", "差额事业单位", w.Cell(SheetNames.决算单位构成, "B5")),
                ],
                Staff = new StaffCounts(N(70, staff, "B4"), N(62, staff, "B5"), null, null, N(0, staff, "B8"), N(8, staff, "B9")),
            },
            ThreePublic = w.ThreePublic with
            {
                TripGroups = N(0, stats, "B4"), TripPersons = N(0, stats, "B5"), VehiclesPurchased = N(0, stats, "B7"),
                VehiclesHeld = N(4, stats, "B8"), ReceptionBatches = N(0, stats, "B10"), ReceptionPersons = N(0, stats, "B11"),
                TripContent = T("我单位未安排此项预算，因此无开支内容", stats, "B6"), VehicleRunningContent = T("车辆燃油费及保险费用", stats, "B9"),
                ReceptionContent = T("我单位未安排此项预算，因此无开支内容", stats, "B12"),
            },
            Other = w.Other with
            {
                OperatingCost = M(127.89m, other, "B4"),
                ProcurementTotal = M(47.19m, other, "B7"), ProcurementGoods = M(20.49m, other, "B8"), ProcurementWorks = M(0m, other, "B9"),
                ProcurementServices = M(26.70m, other, "B10"), ProcurementSme = M(0m, other, "B11"), ProcurementMicro = M(47.19m, other, "B12"),
                VehicleCount = N(2, other, "B16"), VehicleValue = M(39.24m, other, "B17"), OtherVehiclesDescription = T("一般公务用车", other, "B26"),
                VehiclesByCategory = [.. WorkbookFields.VehicleCategories.Select((c, i) => (c, N(c == "其他用车" ? 2 : 0, other, $"B{18 + i}")))],
            },
            Performance = w.Performance with
            {
                ProjectCount = N(6, SheetNames.预算绩效, "B4"), Budget = M(789.42m, SheetNames.预算绩效, "B5"), Executed = M(789.42m, SheetNames.预算绩效, "B6"),
            },
            Budgets = w.Budgets with { FiscalIncome = M(2_039.11m, SheetNames.预算数, "B4"), FiscalExpenditure = M(2_039.11m, SheetNames.预算数, "B5") },
            Projects = Seed003Projects.All(w),
            PriorYearSheet = PriorYear(w),
            Reasons = new ReasonBook(Reasons.Select((r, i) => (r.Key, Text: new TextValue(r.Text, w.Cell(SheetNames.主要原因, $"C{4 + i}"))))
                .ToDictionary(r => r.Key, r => r.Text)),
        };
    }

    /// <summary>The seed's 主要原因 texts by key, as the unit would type them (the seed's “主要原因是：主要原因是” once).</summary>
    private static readonly (string Key, string Text)[] Reasons =
    [
        (ReasonKeys.收入总计上年, "财政于2021年末收回基本支出财政拨款资金结余及非政府采购项目支出财政拨款结余"),
        (ReasonKeys.支出总计上年, "本年度使用了上年接转结余资金，且在职人员减少且人员经费减少"),
        (ReasonKeys.财政拨款收入上年, "本年度使用了上年接转结余资金，故本年收入较上年减少"),
        (ReasonKeys.财政拨款支出上年, "我单位2020年部分项目支出根据合同进度要求，质保金需在2021年支付，因此我单位2021年除执行年初预算外，同时支付了2020年结转资金"),
        (ReasonKeys.财政拨款收入预算, "本年度使用了上年接转结余资金另外加快项目推进执行"),
        (ReasonKeys.财政拨款支出预算, "本年度使用了上年接转结余资金另外加快项目推进执行"),
        (ReasonKeys.三公上年, SavesThreePublic),
        (ReasonKeys.ThreePublicItem("因公出国", false), NotBudgeted),
        (ReasonKeys.ThreePublicItem("公务用车", false), SavesThreePublic),
        (ReasonKeys.ThreePublicItem("公务接待", false), SavesThreePublic),
        (ReasonKeys.三公预算, "我局秉持勤俭节约原则，将公务用车运行费该严格控制在预算数内，杜绝超额开支"),
        (ReasonKeys.ThreePublicItem("因公出国", true), NotBudgeted),
        (ReasonKeys.ThreePublicItem("公务用车购置", true), NotBudgeted),
        (ReasonKeys.ThreePublicItem("公务用车运行", true), "我局秉持勤俭节约原则，将公务用车运行费该严格控制在预算数内，杜绝超额开支"),
        (ReasonKeys.ThreePublicItem("公务接待", true), "我局秉持勤俭节约原则，将公务接待费该严格控制在预算数内，杜绝超额开支"),
        (ReasonKeys.机关运行经费上年, "根据财政要求，2021年我中心预算基本支出公用经费定额有所上涨，因此日常公用经费预算数增加，支出数同比增加"),
    ];

    private const string SavesThreePublic = "我单位秉持节约三公经费的原则，逐年递减三公经费支出";
    private const string NotBudgeted = "我单位未申报此项预算";

    /// <summary>上年数 implied by the text: 收入 2,186.52 (§一 “上年数”), 支出 2,116.48 + 375.71, 财政拨款收入 2,155.93 + 512.64, 支出 2,155.93 + 444.09, 三公 8.15 + 1.76 (车 8.09 + 1.76, 接待 0.06 + 0.05), 机关运行经费 127.89 − 34.55.</summary>
    private static PriorYearFigures PriorYear(BudgetWorkbook w)
    {
        (string Key, decimal Value)[] figures =
        [
            (PriorYearFields.收入总计, 2_186.52m), (PriorYearFields.支出总计, 2_492.19m),
            (PriorYearFields.财政拨款收入总计, 2_668.57m), (PriorYearFields.财政拨款支出总计, 2_600.02m),
            (PriorYearFields.三公经费合计, 9.91m), (PriorYearFields.因公出国费, 0m), (PriorYearFields.公务用车购置及运行费, 9.85m),
            (PriorYearFields.公务接待费, 0.11m), (PriorYearFields.机关运行经费, 93.34m),
        ];
        return new PriorYearFigures(SheetNames.上年数,
            figures.Select((f, i) => (f.Key, Amount: w.Money(f.Value, SheetNames.上年数, $"D{4 + i}"))).ToDictionary(f => f.Key, f => f.Amount),
            [], [], []);
    }
}
