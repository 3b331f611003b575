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
            new Panel(review.Files, [.. review.Findings.Select((f, i) =>
                new PanelFinding(HtmlReview.FindingAnchor(i), f.Severity, f.RuleId, f.Message, [.. review.TargetsOf(f)]))]));

    /// <summary>What the template sees (as page.files, page.findings): the workbooks once, then the findings.</summary>
    private sealed record Panel(IReadOnlyList<string> Files, IReadOnlyList<PanelFinding> Findings);

    /// <param name="Targets">Anchor ids in the page: the placeholder of its reason key, then where its cells are shown.</param>
    /// <param name="Id">Its id in the page (<c>f-N</c>), the target of the red values' links.</param>
    private sealed record PanelFinding(string Id, Severity Severity, string RuleId, string Message, IReadOnlyList<string> Targets);
}
