namespace JuneBudget.Format;

/// <summary>
/// Canonical keys of the fixed (non-coded) rows of the public tables. Coded rows are keyed by
/// their 科目编码 instead. Keys are unique within a table even where both halves of a
/// side-by-side table print the same label (“总计” → 收入总计 / 支出总计).
/// </summary>
public static class RowKeys
{
    // 公开01表 income half
    public const string 一般公共预算财政拨款收入 = "一般公共预算财政拨款收入";
    public const string 政府性基金预算财政拨款收入 = "政府性基金预算财政拨款收入";
    public const string 国有资本经营预算财政拨款收入 = "国有资本经营预算财政拨款收入";
    public const string 上级补助收入 = "上级补助收入";
    public const string 事业收入 = "事业收入";
    public const string 经营收入 = "经营收入";
    public const string 附属单位上缴收入 = "附属单位上缴收入";
    public const string 其他收入 = "其他收入";
    public const string 本年收入合计 = "本年收入合计";
    public const string 使用非财政拨款结余 = "使用非财政拨款结余";
    public const string 年初结转和结余 = "年初结转和结余";
    public const string 收入总计 = "收入总计";

    // 公开01表 expenditure half (类 rows are coded)
    public const string 本年支出合计 = "本年支出合计";
    public const string 结余分配 = "结余分配";
    public const string 年末结转和结余 = "年末结转和结余";
    public const string 支出总计 = "支出总计";

    // 公开04表 income half (本年收入合计, 收入总计 as above; expenditure half: 本年支出合计, 支出总计 as above)
    public const string 一般公共预算财政拨款 = "一般公共预算财政拨款";
    public const string 政府性基金预算财政拨款 = "政府性基金预算财政拨款";
    public const string 国有资本经营预算财政拨款 = "国有资本经营预算财政拨款";
    public const string 年初财政拨款结转和结余 = "年初财政拨款结转和结余";
    public const string 年初一般公共预算财政拨款 = "年初.一般公共预算财政拨款";
    public const string 年初政府性基金预算财政拨款 = "年初.政府性基金预算财政拨款";
    public const string 年初国有资本经营预算财政拨款 = "年初.国有资本经营预算财政拨款";
    public const string 年末财政拨款结转和结余 = "年末财政拨款结转和结余";

    // 公开02/03/05/07/08表
    public const string 合计 = "合计";

    // 公开06表
    public const string 人员经费合计 = "人员经费合计";
    public const string 公用经费合计 = "公用经费合计";

    // 公开09表 (三公)
    public const string 预算数 = "预算数";
    public const string 决算数 = "决算数";
}
