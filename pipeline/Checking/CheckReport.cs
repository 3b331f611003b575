namespace JuneBudget.Checking;

/// <summary>What `check` concluded about one draft.</summary>
public enum CheckOutcome
{
    /// <summary>与生成稿一致: the draft's bytes are those JuneBudget wrote (manifest hash); nothing to check.</summary>
    SameAsGenerated,
    /// <summary>核对通过: edited, and every number agrees with the workbook.</summary>
    Passed,
    /// <summary>待人工核对: no error, but numbers the checker cannot verify.</summary>
    NeedsReview,
    /// <summary>有错误: at least one error finding.</summary>
    HasErrors,
    /// <summary>无法核对: no draft in the folder, or it cannot be read.</summary>
    NotChecked,
}

/// <summary>The check of one draft: which file, against which workbook, what was found.</summary>
/// <param name="UnitName">单位.</param>
/// <param name="Year">年度.</param>
/// <param name="Draft">The draft's file name.</param>
/// <param name="Workbook">The workbook's file name; null for a document checked on its own.</param>
/// <param name="Outcome">The conclusion.</param>
/// <param name="Note">Why nothing was checked (NotChecked), else empty.</param>
/// <param name="Findings">Errors first, in document order.</param>
public sealed record CheckReport(string UnitName, int Year, string Draft, string? Workbook, CheckOutcome Outcome, string Note, IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>The page's file name inside a unit folder.</summary>
    public const string FileName = "核对结果.html";

    /// <summary>The same for scripts.</summary>
    public const string JsonFileName = "核对结果.json";

    /// <summary>The report of a checked draft: its outcome follows from its findings.</summary>
    public static CheckReport Checked(string unitName, int year, string draft, string? workbook, IReadOnlyList<CheckFinding> findings) =>
        new(unitName, year, draft, workbook,
            findings.Any(f => f.Severity == CheckSeverity.Error) ? CheckOutcome.HasErrors
            : findings.Count > 0 ? CheckOutcome.NeedsReview : CheckOutcome.Passed,
            "", [.. findings.OrderBy(f => f.Severity)]);

    public int Errors => Findings.Count(f => f.Severity == CheckSeverity.Error);

    public int Reviews => Findings.Count(f => f.Severity == CheckSeverity.Review);
}
