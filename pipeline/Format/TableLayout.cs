namespace JuneBudget.Format;

/// <summary>How a public table is laid out on its sheet.</summary>
public enum TableLayout
{
    /// <summary>公开01/04表: an income half (项目 | 行次 | 金额) beside an expenditure half.</summary>
    SideBySide,
    /// <summary>公开02/03/05/07/08表: 科目编码 (7 digits, or 类 | 款 | 项) | 科目名称 | amount columns; a 合计 row.</summary>
    Coded,
    /// <summary>公开06表: two halves of 经济分类编码 | 科目名称 | 决算数, footer 人员经费合计 / 公用经费合计.</summary>
    Economic,
    /// <summary>公开09表 (三公): a 预算数 block and a 决算数 block of six columns each, one data row.</summary>
    ThreePublic,
}
