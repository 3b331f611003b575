namespace JuneBudget.Model;

/// <summary>第一部分 单位概况: 主要职能, 内设机构, 决算单位构成, 人员 (this year and, if given, last year).</summary>
public sealed record UnitProfile(
    IReadOnlyList<TextValue> Functions,
    IReadOnlyList<TextValue> Departments,
    IReadOnlyList<MemberUnit> MemberUnits,
    StaffCounts Staff,
    StaffCounts? PriorStaff);
