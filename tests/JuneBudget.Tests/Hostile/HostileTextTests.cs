using AngleSharp.Html.Parser;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Hostile;

/// <summary>
/// Person-written text is data, never markup: with a hostile string in every text field of the
/// sample, the public page holds only the writer's own elements and attributes, shows the string
/// literally, and none of our markers (⟦…⟧, 【待补充…】) is forged.
/// </summary>
public sealed class HostileTextTests
{
    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, HostileText.All.Count)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void AHostileStringInEveryTextFieldStaysText(int index)
    {
        var text = HostileText.All[index];
        var sample = Seed004.UnitYear;
        var unit = sample with { Current = HostileText.Everywhere(sample.Current, text) };
        var documents = new UnitReportBuilder(RepoPaths.Templates, RepoTemplates.Pages).Build(unit, [], SafeFileNames.Sanitize(text));

        Assert.DoesNotContain(documents.Checklist.Findings, f => f.RuleId == GenerationFindings.RuleId);
        Assert.Empty(documents.Checklist.Placeholders);
        var publicPage = documents.Files.Single(f => f.Name.EndsWith(SafeFileNames.FinalAccountsTitle + ".html", StringComparison.Ordinal));
        var html = System.Text.Encoding.UTF8.GetString(publicPage.Content.Span);
        Assert.Empty(PublicHtml.Foreign(html));

        var page = new HtmlParser().ParseDocument(html);
        var visible = HostileText.Visible(text);
        Assert.Equal(visible + "2024年度部门决算公开说明", page.QuerySelector("h1.doc-title")!.TextContent);
        Assert.Equal(visible + "2024年度部门决算公开说明", page.Title);
        // 十二、其他需说明的事项 prints the other note as a paragraph of its own (as a clause: lines joined, end punctuation dropped).
        var note = JuneBudget.Facts.FactsContext.Sentence(text) + "。";
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent == note);
    }
}
