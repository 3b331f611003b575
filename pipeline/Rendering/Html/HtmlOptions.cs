using JuneBudget.Model;

namespace JuneBudget.Rendering.Html;

/// <summary>What the HTML writer needs beyond the document tree (whose front matter gives the title).</summary>
internal sealed record HtmlOptions
{
    /// <summary>True while validation errors remain: a banner says the draft must not be published.</summary>
    public bool NotPublishable { get; init; }

    /// <summary>Review mode: sources on every number, findings panel, findings highlighted.</summary>
    public bool Review { get; init; }

    /// <summary>The findings listed in the review panel (ignored outside review mode).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
