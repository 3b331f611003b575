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

/// <summary>The Chinese label and page style of each <see cref="ReviewStatus"/>.</summary>
internal static class ReviewStatusText
{
    public static string Label(ReviewStatus status) => status switch
    {
        ReviewStatus.HasErrors => "有错误",
        ReviewStatus.NeedsInput => "待补充",
        _ => "可发布",
    };

    /// <summary>CSS class (and <c>data-status</c> value) of the status badge.</summary>
    public static string CssClass(ReviewStatus status) => status switch
    {
        ReviewStatus.HasErrors => "status-error",
        ReviewStatus.NeedsInput => "status-input",
        _ => "status-ready",
    };

    /// <summary>The escaped badge, e.g. <c>&lt;span class="status status-error"&gt;有错误&lt;/span&gt;</c>.</summary>
    public static string Badge(ReviewStatus status) =>
        $"<span class=\"status {CssClass(status)}\" data-status=\"{CssClass(status)}\">{Label(status)}</span>";
}
