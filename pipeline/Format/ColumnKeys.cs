namespace JuneBudget.Format;

/// <summary>
/// Canonical column keys of the public tables. Header labels in a workbook are matched to these
/// by <see cref="TableSchema"/>; everything downstream uses only these keys.
/// </summary>
public static class ColumnKeys
{
    // 公开01表, 公开04表 income side, 公开06表: the single amount column.
    public const string 决算数 = "决算数";

    // 公开02表
    public const string 本年收入合计 = "本年收入合计";
    public const string 财政拨款收入 = "财政拨款收入";
    public const string 上级补助收入 = "上级补助收入";
    public const string 事业收入 = "事业收入";
    public const string 经营收入 = "经营收入";
    public const string 附属单位上缴收入 = "附属单位上缴收入";
    public const string 其他收入 = "其他收入";

    // 公开03表 (基本支出/项目支出 also in 05, 07, 08)
    public const string 本年支出合计 = "本年支出合计";
    public const string 基本支出 = "基本支出";
    public const string 项目支出 = "项目支出";
    public const string 上缴上级支出 = "上缴上级支出";
    public const string 经营支出 = "经营支出";
    public const string 对附属单位补助支出 = "对附属单位补助支出";

    // 公开04表 expenditure side (合计 also the total column of 05)
    public const string 合计 = "合计";
    public const string 一般公共预算财政拨款 = "一般公共预算财政拨款";
    public const string 政府性基金预算财政拨款 = "政府性基金预算财政拨款";
    public const string 国有资本经营预算财政拨款 = "国有资本经营预算财政拨款";

    // 公开07表/08表 (基金, 国资)
    public const string 年初结转和结余 = "年初结转和结余";
    public const string 本年收入 = "本年收入";
    public const string 年末结转和结余 = "年末结转和结余";

    // 公开09表 (三公): one row per 预算数/决算数, these columns.
    public const string 三公合计 = "合计";
    public const string 因公出国费 = "因公出国（境）费";
    public const string 公务用车购置及运行费 = "公务用车购置及运行费";
    public const string 公务用车购置费 = "公务用车购置费";
    public const string 公务用车运行费 = "公务用车运行费";
    public const string 公务接待费 = "公务接待费";
}
