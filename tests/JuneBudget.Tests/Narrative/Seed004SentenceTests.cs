using JuneBudget.Facts;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using Xunit.Abstractions;

namespace JuneBudget.Tests.Narrative;

/// <summary>
/// The generated 第一部分 and 第二部分 for seed 004's figures contain every sentence of the
/// published text, apart from the seed's own slips listed in <see cref="SeedSlips"/>.
/// </summary>
public sealed class Seed004SentenceTests(ITestOutputHelper output)
{
    /// <summary>Seed sentences that are wrong, with the sentence the generator writes instead and why.</summary>
    private static readonly (string Seed, string Generated, string Why)[] SeedSlips =
    [
        ("5.灾害防治及应急管理支出（类）0.50万元，占0.007%。", "5.灾害防治及应急管理支出（类）0.50万元，占0.01%。",
            "0.50 ÷ 7,138.31 = 0.0070%, which is 0.01 at the 2 decimals every other percentage has"),
        ("根据预算绩效管理要求，本单位预算绩效评价项目19个，全年预算数2977.87万元，全年执行数2977.87万元。",
            "根据预算绩效管理要求，本单位预算绩效评价项目19个，全年预算数2,977.87万元，全年执行数2,977.87万元。",
            "the 2024 format groups thousands everywhere else (7,138.31); the seed forgot here"),
    ];

    private static (IReadOnlyList<string> Seed, HashSet<string> Generated) Texts()
    {
        var report = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(Seed004.UnitYear), RepoPaths.Templates);
        var md = report.Markdown;
        var body = md[md.IndexOf("# 第一部分", StringComparison.Ordinal)..md.IndexOf("# 第三部分", StringComparison.Ordinal)];
        var generated = SentenceText.Sentences(SentenceText.Normalise(SentenceText.MarkdownBody(body))).ToHashSet();

        var seed = Seed004.SeedText;
        var start = seed.IndexOf("第一部分 单位概况", seed.IndexOf("第一部分 单位概况", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var end = seed.LastIndexOf("第三部分 专业名词解释", StringComparison.Ordinal);
        var tablesStart = seed.IndexOf("具体附项目支出绩效自评表和评价报告。", StringComparison.Ordinal) + "具体附项目支出绩效自评表和评价报告。".Length;
        var tablesEnd = seed.LastIndexOf("十二、其他需说明的事项", StringComparison.Ordinal);
        var seedBody = SentenceText.Normalise(seed[start..tablesStart] + seed[tablesEnd..end]);
        // Headings run into the first sentence in the PDF text: drop every heading the document has.
        foreach (var heading in SentenceText.Headings(md).Select(SentenceText.Normalise).OrderByDescending(h => h.Length))
        {
            seedBody = seedBody.Replace(heading, "", StringComparison.Ordinal);
        }
        return (SentenceText.Sentences(seedBody), generated);
    }

    [Fact]
    public void EverySeedSentenceOfPartsOneAndTwoIsGeneratedApartFromTheSeedsSlips()
    {
        var (seed, generated) = Texts();
        var slips = SeedSlips.ToDictionary(s => s.Seed, s => s.Generated);
        var missing = seed.Where(s => !generated.Contains(s) && !slips.ContainsKey(s)).ToList();
        var matched = seed.Count(generated.Contains);
        output.WriteLine($"matched {matched} / {seed.Count} seed sentences; {seed.Count(slips.ContainsKey)} listed seed slips");
        foreach (var m in missing) output.WriteLine("MISSING: " + m);
        Assert.Empty(missing);
        Assert.True(seed.Count >= 80, $"only {seed.Count} seed sentences found: the seed was not split as expected");
    }

    [Fact]
    public void EachSeedSlipIsCorrectedInTheGeneratedText()
    {
        var (seed, generated) = Texts();
        foreach (var (wrong, right, why) in SeedSlips)
        {
            Assert.True(seed.Contains(wrong), $"the seed no longer has the slip: {wrong}");
            Assert.False(generated.Contains(wrong), $"the generator reproduced a seed slip ({why})");
            Assert.True(generated.Contains(right), $"expected the corrected sentence ({why}): {right}");
        }
    }
}
