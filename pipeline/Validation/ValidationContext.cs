using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// What every rule sees: this year's workbook, last year's (when paired), the unit's facts (built
/// once per unit by the caller, the same the document is rendered from) and how to name tables.
/// </summary>
public sealed class ValidationContext(UnitYear unitYear, ReportFacts facts)
{
    public UnitYear UnitYear { get; } = unitYear;

    /// <summary>The facts the document states; C-01 checks the 主要原因 they need.</summary>
    public ReportFacts Facts { get; } = facts;

    public BudgetWorkbook Current => UnitYear.Current;

    public BudgetWorkbook? Previous => UnitYear.PreviousWorkbook;

    private readonly Dictionary<TableKind, TableView> tables = [];
    private readonly Dictionary<TableKind, TableView> previousTables = [];

    /// <summary>This year's table named “公开06表” in its format year (one view per table and validation, shared by the rules).</summary>
    public TableView Table(TableKind kind) => View(tables, Current, kind, "");

    /// <summary>Last year's table named “上年公开01表” (codes in last year's format), or null without a previous workbook.</summary>
    public TableView? PreviousTable(TableKind kind) => Previous is null ? null : View(previousTables, Previous, kind, "上年");

    private static TableView View(Dictionary<TableKind, TableView> views, BudgetWorkbook book, TableKind kind, string prefix) =>
        views.TryGetValue(kind, out var view) ? view : views[kind] = new(book.Tables[kind], prefix + book.Unit.Format.Code(kind));

    /// <summary>True when the unit and every member unit are 行政单位 or 参公 (N-12: 机关运行经费 = 公用经费).</summary>
    public bool IsAdministrativeOnly =>
        IsAdministrative(Current.Unit.Nature) && Current.Profile.MemberUnits.All(m => IsAdministrative(m.Nature));

    /// <summary>True when the unit and every member unit are 事业单位 that are not 参公.</summary>
    public bool IsInstitutionalOnly =>
        IsInstitutional(Current.Unit.Nature) && Current.Profile.MemberUnits.All(m => IsInstitutional(m.Nature));

    private static bool IsAdministrative(string nature) =>
        nature.Contains("行政", StringComparison.Ordinal) || nature.Contains("参照公务员法", StringComparison.Ordinal)
        || nature.Contains("参公", StringComparison.Ordinal);

    private static bool IsInstitutional(string nature) =>
        nature.Contains("事业", StringComparison.Ordinal) && !IsAdministrative(nature);
}
