using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// Everything the 公开说明 states that is computed or chosen, for the templates: immutable
/// records of <see cref="Figure"/>s, <see cref="Change"/>s, <see cref="Reason"/>s and names. No
/// file paths or services. Person-written strings are raw: templates escape them (md_escape).
/// </summary>
public sealed record ReportFacts
{
    public required string UnitName { get; init; }
    public required int Year { get; init; }
    public required ReportFormat Format { get; init; }
    /// <summary>本单位 / 我单位 / 本部门.</summary>
    public required string SelfReference { get; init; }
    public required bool IsDepartment { get; init; }
    /// <summary>The format's headings by key (templates: <c>heading "three_public"</c>).</summary>
    public required IReadOnlyDictionary<string, FormatSection> Sections { get; init; }
    /// <summary>The format's headings in document order (the 目录).</summary>
    public required IReadOnlyList<FormatSection> SectionList { get; init; }
    /// <summary>名词解释 numbered 一、二、… or not.</summary>
    public required bool TermsNumbered { get; init; }

    public required ProfileFacts Profile { get; init; }
    public required OverviewFacts Overview { get; init; }
    public required IncomeFacts Income { get; init; }
    public required ExpenditureFacts Expenditure { get; init; }
    public required FiscalFacts Fiscal { get; init; }
    public required GeneralBudgetFacts GeneralBudget { get; init; }
    public required BasicFacts Basic { get; init; }
    public required FundFacts GovernmentFund { get; init; }
    public required FundFacts StateCapital { get; init; }
    public required ThreePublicFacts ThreePublic { get; init; }
    public required OperatingCostFacts OperatingCost { get; init; }
    public required ProcurementFacts Procurement { get; init; }
    public required AssetFacts Assets { get; init; }
    public required PerformanceFacts Performance { get; init; }
    /// <summary>第四部分: the nine tables in the format's order, with their grid ids T01 … T09.</summary>
    public required IReadOnlyList<TableEntry> Tables { get; init; }

    /// <summary>Source id (s1, s2 …) → the cells each printed number was computed from.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources { get; init; }
    /// <summary>Every 主要原因 key the document needs, in document order; validation (C-01) reports each the workbook lacks.</summary>
    public required IReadOnlyList<RequiredReason> RequiredReasons { get; init; }
}

/// <summary>A table of 第四部分: its position, title and grid id.</summary>
public sealed record TableEntry(int Number, string Title, string GridId);
