namespace JuneBudget.Facts;

/// <summary>第一部分 单位概况: 主要职能, 内设机构, 决算单位构成, 人员.</summary>
public sealed record ProfileFacts
{
    public required IReadOnlyList<string> Functions { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }
    public required Figure DepartmentCount { get; init; }
    public required IReadOnlyList<MemberUnitFacts> MemberUnits { get; init; }
    /// <summary>Names of the member units other than the unit itself (“本级决算及所属单位…决算”).</summary>
    public required IReadOnlyList<string> Subordinates { get; init; }
    public bool HasDepartments => Departments.Count > 0;
    public bool HasSubordinates => Subordinates.Count > 0;
    public required StaffFacts Staff { get; init; }
}

/// <summary>A row of 决算单位构成 as the document lists it.</summary>
public sealed record MemberUnitFacts(int Number, string Name, string Nature);

/// <summary>人员情况; the changes are null when last year's counts are not given.</summary>
public sealed record StaffFacts
{
    public required Figure Total { get; init; }
    public required Figure Active { get; init; }
    public Figure? Administrative { get; init; }
    public Figure? Institutional { get; init; }
    public required Figure Veteran { get; init; }
    public required Figure Retired { get; init; }
    public Change? ActiveChange { get; init; }
    public Change? VeteranChange { get; init; }
    public Change? RetiredChange { get; init; }
    public bool HasPrior => ActiveChange is not null;
    public bool HasSplit => Administrative is not null && Institutional is not null;
}
