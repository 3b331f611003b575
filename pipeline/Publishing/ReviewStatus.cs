namespace JuneBudget.Publishing;

/// <summary>Whether a unit's draft can go out. Declared worst first, so sorting by it puts problems first.</summary>
internal enum ReviewStatus
{
    /// <summary>有错误: at least one <see cref="Model.Severity.Error"/> finding.</summary>
    HasErrors,
    /// <summary>待补充: no errors, but reasons or placeholders still to fill in.</summary>
    NeedsInput,
    /// <summary>可发布: no errors and nothing to fill in (warnings and rounding notes may remain).</summary>
    ReadyToPublish,
}

/// <summary>
/// The Chinese label of each <see cref="ReviewStatus"/> in log lines. The pages take theirs from
/// templates/审核/共用.sbn (status_label); a test keeps the two the same.
/// </summary>
internal static class ReviewStatusText
{
    public static string Label(ReviewStatus status) => status switch
    {
        ReviewStatus.HasErrors => "有错误",
        ReviewStatus.NeedsInput => "待补充",
        _ => "可发布",
    };
}
