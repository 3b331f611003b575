using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Markdown;

/// <summary>Small hand-made workbooks for the grid builders: only what the tables and 自评表 read.</summary>
internal static class GridModels
{
    public const string File = "测试局2024.xlsx";

    public static Amount A(decimal value, string sheet, string cell) => new(value, new SourceRef(File, sheet, cell));

    public static Quantity Q(decimal value, string cell) => new(value, new SourceRef(File, "绩效自评-项目", cell));

    public static TableRow Row(string key, string? code, string label, string sheet, int line, params (string Column, decimal Value)[] values) =>
        new(key, code, label,
            values.Select((v, i) => (v.Column, Amount: A(v.Value, sheet, $"{(char)('C' + i)}{line}"))).ToDictionary(v => v.Column, v => v.Amount),
            new SourceRef(File, sheet, $"A{line}"));

    public static StatutoryTable Table(TableKind kind, params TableRow[] rows) =>
        new(kind, true, new SourceRef(File, FormatLibrary.Repository[2024].Code(kind), "A1"), rows);

    /// <summary>A 2024-format workbook with 01, 02, 06 and 09 filled and the other tables missing.</summary>
    public static BudgetWorkbook Workbook(ReportFormat? format = null, IReadOnlyList<ProjectEvaluation>? projects = null)
    {
        var tables = new Dictionary<TableKind, StatutoryTable>
        {
            [TableKind.IncomeExpenditureSummary] = Table(TableKind.IncomeExpenditureSummary,
                Row(R.一般公共预算财政拨款收入, null, "一、一般公共预算财政拨款收入", "公开01表", 7, (C.决算数, 7138.31m)),
                Row("201", "201", "一、一般公共服务支出", "公开01表", 7, (C.决算数, 6000m)),
                Row(R.收入总计, null, "总计", "公开01表", 40, (C.决算数, 7138.31m)),
                Row(R.支出总计, null, "总计", "公开01表", 40, (C.决算数, 7138.31m))),
            [TableKind.Income] = Table(TableKind.Income,
                Row(R.合计, null, "合计", "公开02表", 7, (C.本年收入合计, 1234.5m), (C.财政拨款收入, 1234.5m)),
                Row("215", "215", "资源勘探工业信息等支出", "公开02表", 8, (C.本年收入合计, 1234.5m)),
                Row("21505", "21505", "工业和信息产业监管", "公开02表", 9, (C.本年收入合计, 1234.5m)),
                Row("2150501", "2150501", "行政运行", "公开02表", 10, (C.本年收入合计, 1234.5m))),
            [TableKind.GeneralBudgetBasic] = Table(TableKind.GeneralBudgetBasic,
                Row("301", "301", "工资福利支出", "公开06表", 6, (C.决算数, 900m)),
                Row("30101", "30101", "基本工资", "公开06表", 7, (C.决算数, 900m)),
                Row("302", "302", "商品和服务支出", "公开06表", 6, (C.决算数, 100m)),
                Row(R.人员经费合计, null, "人员经费合计", "公开06表", 20, (C.决算数, 900m)),
                Row(R.公用经费合计, null, "公用经费合计", "公开06表", 20, (C.决算数, 100m))),
            [TableKind.ThreePublic] = Table(TableKind.ThreePublic,
                Row(R.预算数, null, "预算数", "公开09表", 8, (C.三公合计, 17.92m), (C.公务接待费, 2m)),
                Row(R.决算数, null, "决算数", "公开09表", 8, (C.三公合计, 15.005m), (C.公务接待费, 1.5m))),
        };
        return new BudgetWorkbook
        {
            FileName = File,
            Unit = new UnitInfo
            {
                Name = "乌鲁木齐市测试局", Year = 2024, Format = format ?? FormatLibrary.Repository[2024], HasSubordinateUnits = false,
                SelfReference = "本单位", Nature = "行政单位", AmountUnit = "万元", Source = new SourceRef(File, "封面", "B2"),
            },
            Profile = new UnitProfile([], [], [], new StaffCounts(Quantity.Zero, Quantity.Zero, null, null, Quantity.Zero, Quantity.Zero), null),
            Tables = new StatutoryTables(tables),
            Budgets = new BudgetFigures(Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero),
            ThreePublic = new ThreePublicStats
            {
                TripGroups = Quantity.Zero, TripPersons = Quantity.Zero, TripContent = TextValue.Empty,
                VehiclesPurchased = Quantity.Zero, VehiclesHeld = Quantity.Zero, VehicleRunningContent = TextValue.Empty,
                ReceptionBatches = Quantity.Zero, ReceptionPersons = Quantity.Zero, ReceptionContent = TextValue.Empty,
                VehicleDifferenceReason = TextValue.Empty,
            },
            Other = new OtherMatters
            {
                OperatingCost = Amount.Zero, ProcurementTotal = Amount.Zero, ProcurementGoods = Amount.Zero,
                ProcurementWorks = Amount.Zero, ProcurementServices = Amount.Zero, ProcurementSme = Amount.Zero,
                ProcurementMicro = Amount.Zero, BuildingArea = Quantity.Zero, BuildingValue = Amount.Zero,
                VehicleCount = Quantity.Zero, VehicleValue = Amount.Zero, VehiclesByCategory = [],
                OtherVehiclesDescription = TextValue.Empty, LargeEquipmentCount = Quantity.Zero,
            },
            Performance = new PerformanceInfo
            {
                ProjectCount = Quantity.Zero, Budget = Amount.Zero, Executed = Amount.Zero, Achievements = TextValue.Empty,
                Problems = TextValue.Empty, Improvements = TextValue.Empty, OtherCategory = TextValue.Empty,
                OtherCount = Quantity.Zero, OtherBudget = Amount.Zero, OtherExecuted = Amount.Zero, OtherNote = TextValue.Empty,
            },
            Projects = projects ?? [],
            Reasons = ReasonBook.Empty,
        };
    }

    /// <summary>The first 自评表 of seed 004 (专家评审费), shortened to four indicators.</summary>
    public static ProjectEvaluation ExpertReview(bool carriedOver = false)
    {
        var line = (decimal initial, decimal full, decimal executed, int row) =>
            new FundingLine(A(initial, "绩效自评-项目", $"D{row}"), A(full, "绩效自评-项目", $"E{row}"), A(executed, "绩效自评-项目", $"F{row}"));
        PerformanceIndicator Indicator(string l1, string l2, string l3, decimal weight, int row) =>
            new(l1, l2, l3, ">=8次", "=8次", Q(weight, $"G{row}"), Q(weight, $"H{row}"), "", new SourceRef(File, "绩效自评-指标", $"A{row}"));
        return new ProjectEvaluation
        {
            Name = "工业和信息化项目专家评审费",
            Department = "乌鲁木齐市工业和信息化局",
            Implementer = "乌鲁木齐市工业和信息化局",
            Total = line(9m, 0.99m, 0.99m, 3),
            CurrentAppropriation = line(9m, 0.99m, 0.99m, 3),
            CarriedOver = carriedOver ? line(0m, 0m, 0m, 3) : null,
            Other = line(0m, 0m, 0m, 3),
            FundingWeight = Q(10m, "P3"),
            ExecutionRate = Q(1m, "Q3"),
            FundingScore = Q(10m, "R3"),
            Goal = "组织专家评审论证会。",
            Achieved = "按工作要求组织开展专家评审论证会。",
            TotalScore = Q(100m, "U3"),
            Indicators =
            [
                Indicator("产出指标", "数量指标", "召开评审论证次数", 20m, 2),
                Indicator("产出指标", "数量指标", "发放专家费人数", 20m, 3),
                Indicator("产出指标", "质量指标", "专家意见建议采用率", 20m, 4),
                Indicator("效益指标", "社会效益指标", "提高全市信息化项目建设水平", 30m, 5),
            ],
            Source = new SourceRef(File, "绩效自评-项目", "A3"),
        };
    }
}
