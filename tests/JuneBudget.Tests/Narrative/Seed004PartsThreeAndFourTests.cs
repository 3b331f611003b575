using JuneBudget.Facts;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Narrative;

/// <summary>第三部分 (the 14 专业名词解释) and 第四部分's list of the nine tables match seed 004.</summary>
public sealed class Seed004PartsThreeAndFourTests
{
    private static readonly string Markdown =
        ReportTemplateRenderer.Render(ReportFactsBuilder.Build(Seed004.UnitYear), RepoPaths.Templates).Markdown;

    private static string Part(string text, string from, string? to) =>
        text[text.LastIndexOf(from, StringComparison.Ordinal)..(to is null ? text.Length : text.LastIndexOf(to, StringComparison.Ordinal))];

    [Fact]
    public void EveryTermOfPartThreeIsDefinedAsInTheSeed()
    {
        var seed = SentenceText.Sentences(SentenceText.Normalise(Part(Seed004.SeedText, "第三部分 专业名词解释", "第四部分")));
        var generated = SentenceText.Normalise(SentenceText.MarkdownBody(Part(Markdown, "# 第三部分", "# 第四部分")));
        // The PDF joins the heading to the first term; the 14 terms are what must match.
        var terms = seed.Select(s => s.Replace("第三部分专业名词解释", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, terms.Count(t => t.Contains('：', StringComparison.Ordinal)));
        Assert.All(terms, t => Assert.Contains(t, generated, StringComparison.Ordinal));
    }

    [Fact]
    public void PartFourListsTheNineTablesInTheSeedsOrder()
    {
        string[] titles =
        [
            "一、《收入支出决算总表》", "二、《收入决算表》", "三、《支出决算表》", "四、《财政拨款收入支出决算总表》",
            "五、《一般公共预算财政拨款支出决算表》", "六、《一般公共预算财政拨款基本支出决算表》",
            "七、《政府性基金预算财政拨款收入支出决算表》", "八、《国有资本经营预算财政拨款收入支出决算表》",
            "九、《财政拨款“三公”经费支出决算表》",
        ];
        var seed = SentenceText.Normalise(Part(Seed004.SeedText, "第四部分 部门决算报表", null));
        var generated = SentenceText.Normalise(Part(Markdown, "# 第四部分", null));
        var positions = titles.Select(t => generated.IndexOf(SentenceText.Normalise(t), StringComparison.Ordinal)).ToList();
        Assert.All(titles.Take(8), t => Assert.Contains(SentenceText.Normalise(t), seed, StringComparison.Ordinal));
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains(SentenceText.Normalise("第四部分 部门决算报表（见附表）"), generated, StringComparison.Ordinal);
    }
}
