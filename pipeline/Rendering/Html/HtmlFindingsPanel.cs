using JuneBudget.Model;
using JuneBudget.Templating;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// Review mode: the findings passed in, each with its message and links to where its cells appear
/// (templates/审核/校验面板.sbn).
/// </summary>
internal static class HtmlFindingsPanel
{
    public static string Render(PageTemplates pages, HtmlReview review) =>
        pages.Render(PageTemplates.FindingsPanel,
            new Panel([.. review.Findings.Select(f => new PanelFinding(f.Severity, f.RuleId, f.Message, [.. review.TargetsOf(f)]))]));

    /// <summary>What the template sees (as page.findings).</summary>
    private sealed record Panel(IReadOnlyList<PanelFinding> Findings);

    /// <param name="Targets">Anchor ids in the page: the placeholder of its reason key, then where its cells are shown.</param>
    private sealed record PanelFinding(Severity Severity, string RuleId, string Message, IReadOnlyList<string> Targets);
}
