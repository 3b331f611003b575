namespace JuneBudget.Facts;

/// <summary>
/// One 项 of §五(三), §七 or §八: “类名（类）款名（款）项名（项）：支出决算数为…”, numbered in code order.
/// </summary>
/// The names are the workbook's 科目名称 or a placeholder when none is found (template: <c>reason</c>).
public sealed record ItemLine(int Number, string Code, Reason ClassName, Reason BranchName, Reason ItemName, Change Change, Reason Reason);

/// <summary>One 类 of §五(二) with its share of 一般公共预算财政拨款支出.</summary>
public sealed record ClassLine(int Number, string Code, Reason Name, Share Share);
