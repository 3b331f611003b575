namespace JuneBudget.Format;

/// <summary>
/// Sheet names of the input workbook (docs/workbook-format.md). The nine public tables are found
/// by title, so their sheet names are only what `init` writes; all other sheets are found by name.
/// </summary>
public static class SheetNames
{
    public const string 封面 = "封面";
    public const string 主要职能 = "主要职能";
    public const string 内设机构 = "内设机构";
    public const string 决算单位构成 = "决算单位构成";
    public const string 人员情况 = "人员情况";
    public const string 预算数 = "预算数";
    public const string 上年数 = "上年数";
    public const string 三公统计 = "三公统计";
    public const string 其他事项 = "其他事项";
    public const string 预算绩效 = "预算绩效";
    public const string 绩效自评项目 = "绩效自评-项目";
    public const string 绩效自评指标 = "绩效自评-指标";
    public const string 主要原因 = "主要原因";
    /// <summary>部门整体支出绩效自评报告: figures and texts (key–value). Its presence asks for the second document.</summary>
    public const string 整体自评 = "整体自评";
    /// <summary>部门整体支出绩效自评报告: one row per project.</summary>
    public const string 整体自评项目 = "整体自评-项目";
    /// <summary>部门整体支出绩效自评报告: one row per 整体绩效 indicator.</summary>
    public const string 整体自评指标 = "整体自评-指标";
}
