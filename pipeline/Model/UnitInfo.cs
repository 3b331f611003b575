using JuneBudget.Format;

namespace JuneBudget.Model;

/// <summary>The cover sheet: who the workbook is for, which year and format.</summary>
public sealed record UnitInfo
{
    /// <summary>单位全称, e.g. 乌鲁木齐市工业和信息化局(本级).</summary>
    public required string Name { get; init; }
    public required int Year { get; init; }
    public required ReportFormat Format { get; init; }
    /// <summary>True for a 部门 with subordinate units (“部门决算包括…”), false for a single 单位.</summary>
    public required bool HasSubordinateUnits { get; init; }
    /// <summary>本单位 / 我单位 / 本部门.</summary>
    public required string SelfReference { get; init; }
    /// <summary>单位性质 of the unit itself (行政单位, 参照公务员法管理事业单位, 事业单位 …).</summary>
    public required string Nature { get; init; }
    /// <summary>The workbook's default amount unit (万元 or 元); amounts in the model are always 万元.</summary>
    public required string AmountUnit { get; init; }
    public required SourceRef Source { get; init; }
}
