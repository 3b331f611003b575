using JuneBudget.Model;

namespace JuneBudget.Discovery;

/// <summary>
/// A planned unit read whole: the workbook with last year's figures, and the reading findings that
/// go with it (its own, and a previous-year workbook's problem that made the 上年数 sheet the
/// source). Unit is null when the workbook turned out unusable once read whole — unreadable (an
/// error) or an unfilled template (a warning); the findings then say why.
/// </summary>
public sealed record LoadedUnit(UnitYear? Unit, IReadOnlyList<Finding> Findings);
