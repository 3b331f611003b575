using System.Reflection;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;

namespace JuneBudget.Tests.Validation;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void RuleIdsAreUnique() =>
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Info.Id).Distinct().Count());

    [Fact]
    public void EveryMessageTemplateHasAPlaceForItsDetail() =>
        Assert.All(RuleCatalogue.All, r => Assert.Contains("{0}", r.Info.MessageTemplate, StringComparison.Ordinal));

    [Fact]
    public void TheCatalogueDocumentListsExactlyTheCatalogue()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "validation-rules-catalogue.md");
        var expected = RuleCatalogueDocument.Render();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (actual != expected) File.WriteAllText(Path.ChangeExtension(path, ".received.md"), expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryCatalogueRuleHasATestThatRaisesIt()
    {
        var tested = typeof(RuleCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<RaisesAttribute>())
            .Select(a => a.RuleId)
            .ToHashSet();
        var untested = RuleCatalogue.All.Select(r => r.Info.Id).Where(id => !tested.Contains(id)).ToList();
        Assert.True(untested.Count == 0, "no test raises: " + string.Join(", ", untested));
    }
}
