namespace JuneBudget.Model;

/// <summary>A row of 决算单位构成: the units whose accounts make up the 部门决算.</summary>
public sealed record MemberUnit(int Number, string Name, string Nature, SourceRef Source);
