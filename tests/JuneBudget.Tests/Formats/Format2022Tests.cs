using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// The 2022 format (seed 000's shapes), shown on seed 004's figures with the cover's 公开格式 set to
/// 2022: separate 收入总计 and 支出总计 sentences each with its 主要原因 key, no thousands separators,
/// unnumbered 名词解释, no 十二, 三公 as 七 and 公开07表. Seed 000's own sentences, figure by figure, are
/// in <see cref="Seed000SentenceTests"/> (from its rebuilt workbook).
/// </summary>
public sealed class Format2022Tests
{
    private static readonly Lazy<(ReportFacts Facts, string Markdown)> Rendered = new(() =>
    {
        var unit = Seed004.UnitYear;
        var current = unit.Current with { Unit = unit.Current.Unit with { Format = FormatLibrary.Repository[2022], SelfReference = "我单位" } };
        var facts = ReportFactsBuilder.Build(unit with { Current = current });
        return (facts, ReportTemplateRenderer.Render(facts, RepoPaths.Templates).Markdown);
    });

    private static string Text => SentenceText.Normalise(SentenceText.MarkdownBody(Rendered.Value.Markdown));

    [Theory]
    [InlineData("2024年度收入总计7138.31万元，其中：本年收入合计7138.31万元，使用非财政拨款结余0.00万元，年初结转和结余0.00万元。")]
    [InlineData("收入总计与上年相比，减少30676.91万元，下降81.12%，主要原因是：")]
    [InlineData("本年支出总计7138.31万元，其中：本年支出合计7138.31万元，结余分配0.00万元，年末结转和结余0.00万元。")]
    [InlineData("支出总计与上年相比，减少30676.91万元，下降81.12%，主要原因是：")]
    [InlineData("财政拨款收入：指同级财政当年拨付的资金。")]
    public void TheSentencesHaveThe2022Shape(string expected) =>
        Assert.Contains(SentenceText.Normalise(expected), Text, StringComparison.Ordinal);

    [Fact]
    public void EachTotalNeedsItsOwnReasonAndTheCombinedOneIsNotAsked()
    {
        var keys = Rendered.Value.Facts.RequiredReasons.Select(r => r.Key).ToList();
        Assert.Contains(ReasonKeys.收入总计上年, keys);
        Assert.Contains(ReasonKeys.支出总计上年, keys);
        Assert.DoesNotContain(ReasonKeys.收支总体上年, keys);
        Assert.Contains(ReasonKeys.收入总计上年, FormatLibrary.Repository[2022].GenericReasonKeys);
    }

    [Fact]
    public void TheHeadingsAndTablesFollowThe2022Order()
    {
        var markdown = Rendered.Value.Markdown;
        var headings = SentenceText.Headings(markdown);
        Assert.Contains("七、财政拨款“三公”经费支出决算情况说明", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("十二、", StringComparison.Ordinal));
        Assert.Contains("七、《财政拨款“三公”经费支出决算表》", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("一、财政拨款收入：", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("7,138.31", markdown, StringComparison.Ordinal);
    }
}
