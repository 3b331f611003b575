namespace JuneBudget.SampleInput;

/// <summary>
/// The 16 项 of 一般公共预算财政拨款 that seed 004 §五(三) lists, with their 2024 and 2023
/// 决算数 (万元) as the seed states them (2023 = 2024 ∓ the stated change). Basic is true for the
/// six 项 that make up 基本支出 1,894.78 (the seed gives the total, not the split; these six are
/// the only split that sums to it and they are 人员/运转 项 by nature). A 项 that is zero in a
/// year is not listed in that year's tables.
/// </summary>
internal static class Seed004Items
{
    internal sealed record Line(string Code, string Name, decimal Y2024, decimal Y2023, bool Basic);

    public static readonly IReadOnlyList<Line> GeneralBudget =
    [
        new("2060404", "科技成果转化与扩散", 35.00m, 600.00m, false),
        new("2060499", "其他技术研究与开发支出", 2_250.00m, 400.00m, false),
        new("2069999", "其他科学技术支出", 3.22m, 0m, false),
        new("2080501", "行政单位离退休", 173.69m, 172.74m, true),
        new("2080505", "机关事业单位基本养老保险缴费支出", 140.36m, 122.17m, true),
        new("2080506", "机关事业单位职业年金缴费支出", 25.57m, 14.53m, true),
        new("2080801", "死亡抚恤", 163.10m, 340.68m, true),
        new("2110301", "大气", 0m, 197.31m, false),
        new("2110399", "其他污染防治支出", 20.00m, 6.00m, false),
        new("2150101", "行政运行", 7.27m, 0m, true),
        new("2150501", "行政运行", 1_384.79m, 1_406.22m, true),
        new("2150502", "一般行政管理事务", 581.46m, 137.43m, false),
        new("2150599", "其他工业和信息产业监管支出", 0m, 200.00m, false),
        new("2150805", "中小企业发展专项", 1_943.35m, 3_425.90m, false),
        new("2150899", "其他支持中小企业发展和管理支出", 410.00m, 0m, false),
        new("2240106", "安全监管", 0.50m, 0m, false),
    ];

    /// <summary>2023 政府性基金 项 (seed 004 §七: 上年决算 30,625.58).</summary>
    public const string FundItem = "2290402";
    public const string FundItemName = "其他地方自行试点项目收益专项债券收入安排的支出";
    public const decimal FundItem2023 = 30_625.58m;

    /// <summary>款 names (类 names come from <see cref="JuneBudget.Format.FunctionClasses"/>).</summary>
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        ["20113"] = "商贸事务",   // seed 001's unit (Seed001Sample)
        ["20604"] = "技术研究与开发",
        ["20699"] = "其他科学技术支出",
        ["20805"] = "行政事业单位养老支出",
        ["20808"] = "抚恤",
        ["21103"] = "污染防治",
        ["21501"] = "资源勘探开发",
        ["21505"] = "工业和信息产业监管",
        ["21508"] = "支持中小企业发展和管理支出",
        ["22401"] = "应急管理事务",
        ["22904"] = "其他政府性基金及对应专项债务收入安排的支出",
    };
}
