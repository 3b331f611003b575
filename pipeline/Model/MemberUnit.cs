namespace JuneBudget.Model;

/// <summary>
/// A row of 决算单位构成: the units whose accounts make up the 部门决算, with each unit's running
/// cost this year and last (机关运行经费 for 行政/参公 units, 日常公用经费 for 事业单位 …) when the
/// 部门 reports them unit by unit (第二部分 十(一), seed 002).
/// </summary>
public sealed record MemberUnit(int Number, string Name, string Nature, SourceRef Source, Amount? RunningCost = null, Amount? RunningCostPrior = null);
