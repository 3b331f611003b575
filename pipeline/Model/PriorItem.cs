namespace JuneBudget.Model;

/// <summary>A 项 of last year (code, 科目名称, 决算数), for the year-over-year item lists.</summary>
public sealed record PriorItem(string Code, string Name, Amount Amount);
