namespace JuneBudget.Model;

/// <summary>
/// A 科目 of last year (code, 科目名称, 决算数). 项 (7 digits) are the year-over-year items; 类 and
/// 款 rows (3 and 5 digits) are carried too, so that an item dropped this year can still be named
/// “类名（类）款名（款）项名（项）” when only last year's figures know its 款.
/// </summary>
public sealed record PriorItem(string Code, string Name, Amount Amount)
{
    /// <summary>True for a 项 (7-digit code), the level the item lists and sums use.</summary>
    public bool IsItem => Code.Length == 7;
}
