namespace JuneBudget.Rendering.Html;

/// <summary>A custom HTML renderer that adds review attributes when <see cref="Review"/> is set.</summary>
internal interface IHtmlReviewAware
{
    HtmlReview? Review { get; set; }
}
