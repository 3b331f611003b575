namespace JuneBudget.Format;

/// <summary>
/// Header labels of the two 自评表 sheets (<see cref="SheetNames.绩效自评项目"/> one row per
/// project, <see cref="SheetNames.绩效自评指标"/> one row per indicator), as docs/workbook-format.md
/// lists them: the one definition the writer prints and the reader looks for.
/// </summary>
public static class SelfEvaluationColumns
{
    /// <summary>The 资金 lines of a 自评表, each with the three <see cref="FundingColumns"/>.</summary>
    public static readonly IReadOnlyList<string> FundingLines = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"];

    public static readonly IReadOnlyList<string> FundingColumns = ["年初预算数", "全年预算数", "全年执行数"];

    /// <summary>The header of one 资金 cell: “年度资金总额_年初预算数”.</summary>
    public static string Funding(string line, string column) => $"{line}_{column}";

    public static readonly IReadOnlyList<string> Project =
    [
        "项目名称", "主管部门", "实施单位",
        .. FundingLines.SelectMany(line => FundingColumns.Select(column => Funding(line, column))),
        "资金分值", "执行率", "资金得分", "预期目标", "实际完成情况", "总分",
    ];

    public static readonly IReadOnlyList<string> Indicator =
        ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
}
