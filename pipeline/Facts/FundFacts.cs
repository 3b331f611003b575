namespace JuneBudget.Facts;

/// <summary>
/// 第二部分 七 (政府性基金, 公开07表) or 八 (国有资本经营, 公开08表). <see cref="IsEmpty"/> when the
/// table is all zero this year and last year: the document then says “…为空表”. Otherwise the
/// full sentences are written, with the 项 non-zero this year or last year.
/// </summary>
public sealed record FundFacts
{
    public required bool IsEmpty { get; init; }
    public required Figure IncomeTotal { get; init; }
    public required Figure OpeningBalance { get; init; }
    public required Figure IncomeThisYear { get; init; }
    public required Figure ExpenditureTotal { get; init; }
    public required Figure ClosingBalance { get; init; }
    public required Figure ExpenditureThisYear { get; init; }
    public required Change Change { get; init; }
    public Reason? ChangeReason { get; init; }
    public required Variance Variance { get; init; }
    public Reason? VarianceReason { get; init; }
    public required IReadOnlyList<ItemLine> Items { get; init; }
}
