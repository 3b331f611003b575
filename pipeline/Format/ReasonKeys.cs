namespace JuneBudget.Format;

/// <summary>
/// Keys of the 主要原因 sheet (键 | 说明 | 主要原因). The document needs one reason per
/// year-over-year or budget comparison it states; the facts layer knows which, and the review
/// checklist lists every missing key exactly as it must be typed.
/// </summary>
public static class ReasonKeys
{
    public const string 收支总体上年 = "收入支出总体.上年";
    public const string 收入总计上年 = "收入总计.上年";
    public const string 支出总计上年 = "支出总计.上年";
    public const string 财政拨款上年 = "财政拨款.上年";
    public const string 财政拨款收入上年 = "财政拨款收入.上年";
    public const string 财政拨款支出上年 = "财政拨款支出.上年";
    public const string 财政拨款预算 = "财政拨款.预算";
    public const string 财政拨款收入预算 = "财政拨款收入.预算";
    public const string 财政拨款支出预算 = "财政拨款支出.预算";
    public const string 一般公共预算上年 = "一般公共预算.上年";
    public const string 一般公共预算预算 = "一般公共预算.预算";
    public const string 政府性基金上年 = "政府性基金.上年";
    public const string 政府性基金预算 = "政府性基金.预算";
    public const string 国有资本经营上年 = "国有资本经营.上年";
    public const string 国有资本经营预算 = "国有资本经营.预算";
    public const string 三公上年 = "三公.上年";
    public const string 三公预算 = "三公.预算";
    public const string 机关运行经费上年 = "机关运行经费.上年";

    /// <summary>三公 items: 因公出国, 公务用车 (购置及运行维护费), 公务用车购置, 公务用车运行, 公务接待.</summary>
    public static string ThreePublicItem(string item, bool budget) => $"三公.{item}.{(budget ? "预算" : "上年")}";

    /// <summary>The running cost of member unit ⟨序号⟩ of 决算单位构成 compared with last year (a 部门 reporting unit by unit).</summary>
    public static string MemberRunningCost(int number) => $"机关运行经费.{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}.上年";

    /// <summary>A 项 of 一般公共预算 (fund “一般公共预算”), 政府性基金 or 国有资本经营 compared with last year.</summary>
    public static string Item(string fund, string code) => $"{fund}.{code}.上年";
}
