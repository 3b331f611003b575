namespace JuneBudget.Format;

/// <summary>
/// Rows of the 上年数 sheet, the fallback for last year's figures when last year's workbook of the
/// same unit is not in the input folder. Columns: 项目 | 科目编码 | 科目名称 | 上年数. Fixed rows
/// use the labels below with 科目编码 blank; one row per 项 uses 项目 = one of the item kinds.
/// </summary>
public static class PriorYearFields
{
    public const string 收入总计 = "收入总计";
    public const string 支出总计 = "支出总计";
    public const string 年末结转和结余 = "年末结转和结余";
    public const string 财政拨款收入总计 = "财政拨款收入总计";
    public const string 财政拨款支出总计 = "财政拨款支出总计";
    public const string 一般公共预算财政拨款支出 = "一般公共预算财政拨款支出";
    public const string 政府性基金收入总计 = "政府性基金预算财政拨款收入总计";
    public const string 国有资本经营收入总计 = "国有资本经营预算财政拨款收入总计";
    public const string 年末一般公共预算结转 = "年末一般公共预算财政拨款结转和结余";
    public const string 年末政府性基金结转 = "年末政府性基金预算财政拨款结转和结余";
    public const string 年末国有资本经营结转 = "年末国有资本经营预算财政拨款结转和结余";
    public const string 三公经费合计 = "“三公”经费合计";
    public const string 因公出国费 = "因公出国（境）费";
    public const string 公务用车购置及运行费 = "公务用车购置及运行维护费";
    public const string 公务用车购置费 = "公务用车购置费";
    public const string 公务用车运行费 = "公务用车运行维护费";
    public const string 公务接待费 = "公务接待费";
    public const string 机关运行经费 = "机关运行经费";

    public static readonly IReadOnlyList<string> Fixed =
    [
        收入总计, 支出总计, 年末结转和结余, 财政拨款收入总计, 财政拨款支出总计, 一般公共预算财政拨款支出,
        政府性基金收入总计, 国有资本经营收入总计, 年末一般公共预算结转, 年末政府性基金结转, 年末国有资本经营结转,
        三公经费合计, 因公出国费, 公务用车购置及运行费, 公务用车购置费, 公务用车运行费, 公务接待费, 机关运行经费,
    ];

    /// <summary>项目 values of the item rows (one per 项 with its 科目编码).</summary>
    public const string 一般公共预算项 = "一般公共预算项";
    public const string 政府性基金项 = "政府性基金项";
    public const string 国有资本经营项 = "国有资本经营项";
}
