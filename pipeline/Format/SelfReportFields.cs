namespace JuneBudget.Format;

/// <summary>
/// The three sheets of the 部门整体支出绩效自评报告 (docs/workbook-format.md): the key–value sheet
/// <see cref="SheetNames.整体自评"/> and the columns of <see cref="SheetNames.整体自评项目"/> and
/// <see cref="SheetNames.整体自评指标"/>. What the 公开表 already hold (执行数 of 基本支出 and 项目支出)
/// is not asked for: it is read from the 支出决算表.
/// </summary>
public static class SelfReportFields
{
    public const string 年初预算基本支出 = "年初批复预算：基本支出";
    public const string 年初预算项目支出 = "年初批复预算：项目支出";
    public const string 年中调增 = "年中调整：调增";
    public const string 年中调减 = "年中调整：调减";
    public const string 全年预算人员经费 = "全年预算：基本支出人员经费";
    public const string 全年预算公用经费 = "全年预算：基本支出公用经费";
    public const string 全年预算项目支出 = "全年预算：项目支出";
    public const string 执行率权重 = "预算执行率指标权重分值";
    public const string 行政编制 = "行政编制（个）";
    public const string 行政在职 = "行政在职（人）";
    public const string 事业编制 = "事业编制（个）";
    public const string 事业在职 = "事业在职（人）";
    public const string 雇员 = "雇员（人）";
    public const string 主要职能 = "主要职能";
    public const string 机构设置 = "机构设置";
    public const string 年度重点工作 = "年度重点工作";
    public const string 预算安排综述 = "综上所述：年初预算安排";
    public const string 预算调整综述 = "综上所述：预算调整";
    public const string 预算执行综述 = "综上所述：预算执行";
    public const string 基本支出用途 = "基本支出主要用于";
    public const string 项目支出用途 = "项目支出主要用于";
    public const string 基本支出管理 = "基本支出管理和使用情况";
    public const string 管理制度健全性 = "管理制度健全性";
    public const string 资金使用合规性 = "资金使用合规性和安全性";
    public const string 存在问题 = "存在的主要问题及原因分析";
    public const string 改进措施 = "改进措施";
    public const string 建议 = "建议";

    public static readonly IReadOnlyList<FieldSpec> Sheet =
    [
        new(年初预算基本支出, FieldKind.Amount, true, "年初批复的基本支出预算"),
        new(年初预算项目支出, FieldKind.Amount, true, "年初批复的项目支出预算"),
        new(年中调增, FieldKind.Amount, false, "年中追加的预算，无则填0"),
        new(年中调减, FieldKind.Amount, false, "年中调减的预算，无则填0"),
        new(全年预算人员经费, FieldKind.Amount, true, "调整后基本支出全年预算中的人员经费"),
        new(全年预算公用经费, FieldKind.Amount, true, "调整后基本支出全年预算中的公用经费"),
        new(全年预算项目支出, FieldKind.Amount, true, "调整后项目支出全年预算"),
        new(执行率权重, FieldKind.Quantity, true, "预算执行率指标的权重分值（得分 = 分值 × 执行率，自动计算）"),
        new(行政编制, FieldKind.Quantity, true, "个"),
        new(行政在职, FieldKind.Quantity, true, "人"),
        new(事业编制, FieldKind.Quantity, true, "个"),
        new(事业在职, FieldKind.Quantity, true, "人"),
        new(雇员, FieldKind.Quantity, false, "人，无则填0"),
        new(主要职能, FieldKind.Text, true, "一段文字"),
        new(机构设置, FieldKind.Text, true, "下属预算单位和内设处室，一段文字"),
        new(年度重点工作, FieldKind.Text, true, "一段文字"),
        new(预算安排综述, FieldKind.Text, true, "“综上所述，”之后的文字"),
        new(预算调整综述, FieldKind.Text, false, "“综上所述，”之后的文字；无调整可留空"),
        new(预算执行综述, FieldKind.Text, true, "“综上所述，”之后的文字"),
        new(基本支出用途, FieldKind.Text, true, "如：职工工资、奖金、社保、医保、住房公积金等"),
        new(项目支出用途, FieldKind.Text, false, "如：差旅费等；无项目支出可留空"),
        new(基本支出管理, FieldKind.Text, true, "一段或几段文字"),
        new(管理制度健全性, FieldKind.Text, true, "一段文字"),
        new(资金使用合规性, FieldKind.Text, true, "一段文字"),
        new(存在问题, FieldKind.Text, true, "一段或几段文字"),
        new(改进措施, FieldKind.Text, true, "一段或几段文字"),
        new(建议, FieldKind.Text, true, "一段或几段文字（每段换行）"),
    ];

    /// <summary>整体自评-项目: one row per project.</summary>
    public static readonly IReadOnlyList<string> ProjectColumns = ["项目名称", "资金来源", "预算金额", "执行金额", "项目成效"];

    /// <summary>The 资金来源 a project may name, in the order the report groups them.</summary>
    public static readonly IReadOnlyList<string> FundingSources = ["本级财力", "上级转移支付", "上年结转", "其他资金"];

    /// <summary>整体自评-指标: one row per 整体绩效 indicator (the 预算执行率 indicator is computed, not listed).</summary>
    public static readonly IReadOnlyList<string> IndicatorColumns =
    [
        "指标名称", "比较", "预期指标值", "计量单位", "年中监控值", "调整后指标值", "评价口径", "实际完成值",
        "权重分值", "自评得分", "偏差原因", "改进措施", "说明",
    ];

    /// <summary>The comparisons of 比较: 预期指标值 is a floor, a ceiling or a target.</summary>
    public static readonly IReadOnlyList<string> Comparisons = ["≥", "≤", "="];
}
