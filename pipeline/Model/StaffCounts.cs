namespace JuneBudget.Model;

/// <summary>人员情况 of one year. 行政/事业 split of 在职 is optional (zero source when not given).</summary>
public sealed record StaffCounts(Quantity Total, Quantity Active, Quantity? Administrative, Quantity? Institutional, Quantity Veteran, Quantity Retired);
