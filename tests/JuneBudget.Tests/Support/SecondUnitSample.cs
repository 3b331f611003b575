using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;
using static JuneBudget.Tests.Support.SomeTable;
using C = JuneBudget.Format.ColumnKeys;
using P = JuneBudget.Format.PriorYearFields;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Support;

/// <summary>
/// A second unit, unlike seed 004: a 部门 with a subordinate 事业单位, other 类 and 项 (an
/// increase, a dropped, a new and an unchanged 项), a non-empty 政府性基金 table that is new this
/// year with a budget of 0, an empty 国资 table, a vehicle purchase, no 因公出国, an unchanged
/// 机关运行经费, and one 主要原因 left blank (三公.公务接待.上年).
/// </summary>
internal static class SecondUnitSample
{
    public const string Name = "乌鲁木齐市测试局";
    public const string File = "测试局2024.xlsx";
    public const string MissingReason = "三公.公务接待.上年";

    private static readonly Dictionary<string, string> Branches = new()
    {
        ["20101"] = "人大事务", ["21301"] = "农业农村", ["22102"] = "住房改革支出", ["21208"] = "国有土地使用权出让收入安排的支出",
    };

    public static UnitYear UnitYear() => new(Workbook(), null, Prior());

    public static BudgetWorkbook Workbook(Func<string, string?>? reasonOverride = null)
    {
        var blank = BlankWorkbook.Create(Name, 2024) with { FileName = File };
        Quantity Q(decimal v, string cell) => new(v, new SourceRef(File, SheetNames.人员情况, cell));
        TextValue T(string text) => new(text, new SourceRef(File, SheetNames.三公统计, "B2"));
        Amount A(decimal v, string sheet, string cell) => new(v, new SourceRef(File, sheet, cell));
        var reasons = blank.Reasons.ByKey.Keys
            .Concat(["一般公共预算.2010101.上年", "一般公共预算.2010102.上年", "一般公共预算.2130101.上年",
                "一般公共预算.2210201.上年", "政府性基金.2120801.上年"])
            .ToDictionary(k => k, k => new TextValue(reasonOverride?.Invoke(k) ?? (k == MissingReason ? "" : $"原因{k}"), null));
        return blank with
        {
            Unit = blank.Unit with { HasSubordinateUnits = true, SelfReference = "本部门" },
            Profile = new UnitProfile(
                [new TextValue("负责全市测试工作。", null), new TextValue("(2) 承办市委交办的其他事项。", null)],
                [new TextValue("办公室", null), new TextValue("测试一科", null), new TextValue("测试二科", null)],
                [new MemberUnit(1, Name, "行政单位", new SourceRef(File, SheetNames.决算单位构成, "B4")),
                 new MemberUnit(2, "乌鲁木齐市测试中心", "事业单位", new SourceRef(File, SheetNames.决算单位构成, "B5"))],
                new StaffCounts(Q(50, "B4"), Q(40, "B5"), Q(25, "B6"), Q(15, "B7"), Q(0, "B8"), Q(10, "B9")),
                new StaffCounts(Q(48, "C4"), Q(37, "C5"), null, null, Q(1, "C8"), Q(10, "C9"))),
            Tables = new StatutoryTables(new Dictionary<TableKind, StatutoryTable>
            {
                [TableKind.IncomeExpenditureSummary] = Fixed(File, TableKind.IncomeExpenditureSummary,
                    (R.收入总计, C.决算数, 500), (R.本年收入合计, C.决算数, 480), (R.年初结转和结余, C.决算数, 20),
                    (R.支出总计, C.决算数, 500), (R.本年支出合计, C.决算数, 490), (R.年末结转和结余, C.决算数, 10)),
                [TableKind.Income] = Coded(File, TableKind.Income, Branches,
                    Row("2010101", "行政运行", (C.本年收入合计, 480), (C.财政拨款收入, 450), (C.事业收入, 30))),
                [TableKind.Expenditure] = Coded(File, TableKind.Expenditure, Branches,
                    Row("2010101", "行政运行", (C.本年支出合计, 490), (C.基本支出, 300), (C.项目支出, 190))),
                [TableKind.FiscalSummary] = Fixed(File, TableKind.FiscalSummary,
                    (R.收入总计, C.决算数, 470), (R.本年收入合计, C.决算数, 450), (R.年初财政拨款结转和结余, C.决算数, 20),
                    (R.支出总计, C.合计, 470), (R.本年支出合计, C.合计, 460), (R.年末财政拨款结转和结余, C.合计, 10)),
                [TableKind.GeneralBudget] = Coded(File, TableKind.GeneralBudget, Branches,
                    Row("2010101", "行政运行", (C.合计, 250), (C.基本支出, 250)),
                    Row("2130101", "行政运行", (C.合计, 80), (C.基本支出, 20), (C.项目支出, 60)),
                    Row("2210201", "住房公积金", (C.合计, 30), (C.基本支出, 30))),
                [TableKind.GeneralBudgetBasic] = Fixed(File, TableKind.GeneralBudgetBasic,
                    ("30101", C.决算数, 200), ("30302", C.决算数, 20), ("30201", C.决算数, 50), ("31002", C.决算数, 30),
                    (R.人员经费合计, C.决算数, 220), (R.公用经费合计, C.决算数, 80)),
                [TableKind.GovernmentFund] = Coded(File, TableKind.GovernmentFund, Branches,
                    Row("2120801", "征地和拆迁补偿支出", (C.本年收入, 100), (C.本年支出合计, 90), (C.项目支出, 90), (C.年末结转和结余, 10))),
                [TableKind.StateCapital] = BlankWorkbook.Table(File, TableKind.StateCapital, FormatLibrary.Repository[2024]),
                [TableKind.ThreePublic] = Fixed(File, TableKind.ThreePublic,
                    (R.预算数, C.三公合计, 40), (R.预算数, C.公务用车购置及运行费, 35), (R.预算数, C.公务用车购置费, 25),
                    (R.预算数, C.公务用车运行费, 10), (R.预算数, C.公务接待费, 5),
                    (R.决算数, C.三公合计, 38), (R.决算数, C.公务用车购置及运行费, 34), (R.决算数, C.公务用车购置费, 25),
                    (R.决算数, C.公务用车运行费, 9), (R.决算数, C.公务接待费, 4)),
            }),
            Budgets = new BudgetFigures(A(460, SheetNames.预算数, "B4"), A(460, SheetNames.预算数, "B5"),
                A(370, SheetNames.预算数, "B6"), Amount.Zero, Amount.Zero),
            ThreePublic = blank.ThreePublic with
            {
                VehiclesPurchased = Q(1, "B5"), VehiclesHeld = Q(3, "B6"), VehicleRunningContent = T("车辆加油费、保险费等"),
                ReceptionBatches = Q(3, "B8"), ReceptionPersons = Q(20, "B9"), ReceptionContent = T("工作接待餐费"),
            },
            Other = blank.Other with
            {
                OperatingCost = A(80, SheetNames.其他事项, "B4"),
                ProcurementTotal = A(100, SheetNames.其他事项, "B7"), ProcurementGoods = A(60, SheetNames.其他事项, "B8"),
                ProcurementServices = A(40, SheetNames.其他事项, "B10"), ProcurementSme = A(100, SheetNames.其他事项, "B11"),
                ProcurementMicro = A(50, SheetNames.其他事项, "B12"),
                BuildingArea = Q(1200.5m, "B14"), BuildingValue = A(300, SheetNames.其他事项, "B15"),
                VehicleCount = Q(3, "B16"), VehicleValue = A(60, SheetNames.其他事项, "B17"),
                VehiclesByCategory = [.. WorkbookFields.VehicleCategories.Select(c => (c, c switch
                {
                    "主要负责人用车" => Q(1, "B19"), "其他用车" => Q(2, "B25"), _ => Quantity.Zero,
                }))],
                OtherVehiclesDescription = T("一般公务用车"),
            },
            Performance = blank.Performance with
            {
                Achievements = T("一是完成测试"), Problems = T("一是进度偏慢"), Improvements = T("一是加快进度"),
            },
            Projects = [Project("测试项目一", 50, 48), Project("测试项目二", 45, 45)],
            Reasons = new ReasonBook(reasons),
        };
    }

    private static ProjectEvaluation Project(string name, decimal budget, decimal executed)
    {
        var source = new SourceRef(File, SheetNames.绩效自评项目, "A3");
        var line = new FundingLine(new Amount(budget, source), new Amount(budget, source), new Amount(executed, source));
        var none = new FundingLine(Amount.Zero, Amount.Zero, Amount.Zero);
        return new ProjectEvaluation
        {
            Name = name, Department = Name, Implementer = Name, Total = line, CurrentAppropriation = line, Other = none,
            FundingWeight = Quantity.Zero, FundingScore = Quantity.Zero, Goal = "目标", Achieved = "完成",
            TotalScore = Quantity.Zero, Indicators = [], Source = source,
        };
    }

    internal static PriorYearFigures Prior()
    {
        Amount A(decimal v, string cell) => new(v, new SourceRef(File, SheetNames.上年数, cell));
        var figures = new Dictionary<string, Amount>
        {
            [P.收入总计] = A(400, "D4"), [P.财政拨款收入总计] = A(380, "D7"), [P.一般公共预算财政拨款支出] = A(350, "D9"),
            [P.三公经费合计] = A(12, "D15"), [P.公务用车购置及运行费] = A(10, "D17"), [P.公务用车运行费] = A(10, "D19"),
            [P.公务接待费] = A(2, "D20"), [P.机关运行经费] = A(80, "D21"),
        };
        return new PriorYearFigures(SheetNames.上年数, figures,
            [new PriorItem("2010101", "行政运行", A(240, "D30")), new PriorItem("2010102", "一般行政管理事务", A(15, "D31")),
             new PriorItem("2210201", "住房公积金", A(30, "D32"))], [], []);
    }
}
