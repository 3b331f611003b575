using JuneBudget.Model;
using JuneBudget.Templating;

namespace JuneBudget.Rendering.Html;

/// <summary>What the HTML writer needs beyond the document tree (whose front matter gives the title).</summary>
internal sealed record HtmlOptions
{
    /// <summary>The style sheet every page inlines and, in review mode, the findings panel's template.</summary>
    public required PageTemplates Pages { get; init; }

    /// <summary>Set while validation errors remain: this notice (templates/文字/) heads the page. Null when publishable.</summary>
    public string? Notice { get; init; }

    /// <summary>Review mode: sources on every number, findings panel, findings highlighted.</summary>
    public bool Review { get; init; }

    /// <summary>The findings listed in the review panel (ignored outside review mode).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}
