using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Facts;

/// <summary>What the facts say about seed 004's unit, checked against the published figures.</summary>
public sealed class Seed004FactsTests
{
    private static readonly Lazy<ReportFacts> Built = new(() => ReportFactsBuilder.Build(Seed004.UnitYear));
    private static ReportFacts F => Built.Value;

    [Fact]
    public void TheItemListHasEveryItemNonZeroThisYearOrLastInCodeOrder()
    {
        var items = F.GeneralBudget.Items;
        Assert.Equal(16, items.Count);
        Assert.Equal(items.Select(i => i.Code).Order(StringComparer.Ordinal), items.Select(i => i.Code));
        Assert.True(items.Single(i => i.Code == "2110301").Change.IsDropped);
        Assert.True(items.Single(i => i.Code == "2150101").Change.IsNew);
        Assert.Equal("大气", items.Single(i => i.Code == "2110301").ItemName.Text);
        // Σ change over the 项 = the change of the total (rule N-08: 115.33).
        Assert.Equal(F.GeneralBudget.Change.Current.Value - F.GeneralBudget.Change.Prior.Value,
            items.Sum(i => i.Change.Current.Value - i.Change.Prior.Value));
    }

    [Fact]
    public void TheClassListHasTheNonZeroClasses() =>
        Assert.Equal(["206", "208", "211", "215", "224"], F.GeneralBudget.Classes.Select(c => c.Code));

    [Fact]
    public void BasicSpendingSplitsPersonnelAndPublicItemsByEconomicClass()
    {
        Assert.Equal(16, F.Basic.PersonnelItems.Count);
        Assert.Equal("其他对个人和家庭的补助", F.Basic.PersonnelItems[^1]);
        Assert.Equal(["办公费", "印刷费", "邮电费", "差旅费", "培训费", "公务接待费", "劳务费", "工会经费", "福利费", "公务用车运行维护费", "其他商品和服务支出"], F.Basic.PublicItems);
    }

    [Fact]
    public void AFundTableThatFellToZeroIsExplainedAndAnEverEmptyOneIsNot()
    {
        Assert.False(F.GovernmentFund.IsEmpty);
        Assert.Single(F.GovernmentFund.Items);
        Assert.True(F.GovernmentFund.Items[0].Change.IsDropped);
        Assert.True(F.StateCapital.IsEmpty);
        Assert.Empty(F.StateCapital.Items);
    }

    [Fact]
    public void PerformanceTotalsAreTheSelfEvaluationsPlusTheOtherProjects()
    {
        Assert.Equal(19m, F.Performance.Count.Value);
        Assert.Equal("2,977.87", F.Performance.Budget.Display);
        Assert.Equal("2,977.87", F.Performance.Executed.Display);
        Assert.Equal(15, F.Performance.EvaluationGrids.Count);
        Assert.Equal("P15", F.Performance.EvaluationGrids[^1]);
    }

    [Fact]
    public void TheSampleHasEveryReasonTheDocumentNeeds()
    {
        Assert.Empty(ReportTemplateRenderer.Render(F, RepoPaths.Templates).Placeholders);
        // 5 totals, 16 项, 政府性基金 2 + 1 项, 三公 4 上年 + 5 预算, 机关运行经费: 34.
        Assert.Equal(34, F.RequiredReasons.Count);
        Assert.DoesNotContain(F.RequiredReasons, r => r.Key.StartsWith("国有资本经营", StringComparison.Ordinal));
    }

    /// <summary>
    /// The list validation checks (C-01) is the list the document shows: with every 主要原因 left
    /// blank, the document's reason placeholders name exactly the required keys, in document order.
    /// </summary>
    [Fact]
    public void TheRequiredReasonsAreExactlyThePlaceholdersOfADocumentWithoutReasons()
    {
        var unit = Seed004.UnitYear with { Current = Seed004.UnitYear.Current with { Reasons = ReasonBook.Empty } };
        var facts = ReportFactsBuilder.Build(unit);
        var placeholders = ReportTemplateRenderer.Render(facts, RepoPaths.Templates).Placeholders;
        var keys = placeholders.Select(p => new PlaceholderInline(p).Key).OfType<string>();
        Assert.Equal(facts.RequiredReasons.Select(r => r.Key), keys);
    }

    /// <summary>第四部分 in the 2024 order (statutory-tables.md §1, seed 004): 07 政府性基金, 08 国有资本经营, 09 三公.</summary>
    [Fact]
    public void TheNineTablesFollowThe2024Order() =>
        Assert.Equal(
        [
            (1, "收入支出决算总表", "T01"), (2, "收入决算表", "T02"), (3, "支出决算表", "T03"),
            (4, "财政拨款收入支出决算总表", "T04"), (5, "一般公共预算财政拨款支出决算表", "T05"),
            (6, "一般公共预算财政拨款基本支出决算表", "T06"), (7, "政府性基金预算财政拨款收入支出决算表", "T07"),
            (8, "国有资本经营预算财政拨款收入支出决算表", "T08"), (9, "财政拨款“三公”经费支出决算表", "T09"),
        ],
        F.Tables.Select(t => (t.Number, t.Title, t.GridId)));
}
