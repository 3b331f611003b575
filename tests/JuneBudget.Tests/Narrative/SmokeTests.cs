using JuneBudget.Facts;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Narrative;

public sealed class SmokeTests
{
    [Fact]
    public void TheSampleRenders()
    {
        var facts = ReportFactsBuilder.Build(Seed004.UnitYear, []);
        var report = ReportTemplateRenderer.Render(facts, RepoPaths.Templates);
        File.WriteAllText("/tmp/seed004.md", report.Markdown);
        Assert.Contains("收入总计", report.Markdown);
    }
}
