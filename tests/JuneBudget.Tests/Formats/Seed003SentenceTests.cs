using JuneBudget.Facts;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Seed 003 (乌鲁木齐市政务服务管理局, 2021) from its rebuilt workbook (tests/…/Validation/Seed003Workbook)
/// in the 2021 format. Matched: the sentences below, after the usual normalisation (whitespace,
/// punctuation width). Deliberately different, and why:
/// - every amount has 2 decimals (“2114.60”, “855.20”, “0.00”): the 2021 seed prints as typed
///   (“2114.6”, “0 万元”); one number style per format, report-format.md §2;
/// - percentages have 2 decimals (“0.00%” not “0%”; “占0.12%” not the seed's “占 0.016%”, which is
///   2.67 ÷ 2165.1 = 0.12%: the seed's figure is wrong);
/// - §一, §四, §七, §八/§九 and §十 still use the 2024 sentences (not yet a 2021 wording of their own);
/// - §六 lists no 款 names: the rebuilt workbook's 公开06表 has no 款 rows (the seed's text does not
///   give their amounts).
/// </summary>
public sealed class Seed003SentenceTests
{
    private static readonly Lazy<string> Text = new(() =>
    {
        var workbook = Seed003Workbook.Build();
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(new UnitYear(workbook, null, workbook.PriorYearSheet)), RepoPaths.Templates).Markdown;
        return SentenceText.Normalise(SentenceText.MarkdownBody(markdown));
    });

    [Fact]
    public void TheWorkbookIsRenderedInThe2021Format()
    {
        var workbook = Seed003Workbook.Build();
        Assert.Equal(2021, workbook.Unit.Format.Year);
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(new UnitYear(workbook, null, workbook.PriorYearSheet)), RepoPaths.Templates).Markdown;
        var headings = SentenceText.Headings(markdown);
        Assert.Contains("第一部分 部门单位概况", headings);
        Assert.Contains("七、一般公共预算财政拨款“三公”经费支出决算情况说明", headings);
        Assert.Contains("八、政府性基金预算财政拨款收入支出决算情况说明", headings);
        // §五 has no (一)(二)(三) in 2021.
        Assert.DoesNotContain(headings, h => h.Contains("一般公共预算财政拨款支出决算总体情况", StringComparison.Ordinal));
        // No thousands separators in 2021.
        Assert.DoesNotContain("2,114.60", markdown, StringComparison.Ordinal);
        Assert.Contains("七、《一般公共预算财政拨款“三公”经费支出决算表》", markdown, StringComparison.Ordinal);
    }

    [Theory]
    // §五: the total and every 项 by code, as in the seed (the seed's “2114.6” printed with 2 decimals).
    [InlineData("2021年度一般公共预算财政拨款支出2114.60万元。")]
    [InlineData("按功能分类科目项级科目公开，其中：2010101行政运行314.73万元；2010302一般行政管理事务170.58万元；2010350事业运行829.12万元；2010399其他政府办公厅（室）及相关机构事务支出682.47万元；2013699其他共产党事务支出0.07万元；2080501行政单位离退休0.22万元；2080502事业单位离退休1.42万元；2080505机关事业单位基本养老保险缴费支出88.21万元；2080506机关事业单位职业年金缴费支出25.69万元；2299999其他支出2.08万元。")]
    // §六: the seed's first clause (2 decimals).
    [InlineData("2021年度一般公共预算财政拨款基本支出1259.40万元，其中：人员经费1131.51万元。")]
    [InlineData("公用经费127.89万元。")]
    public void TheSeedsSentenceIsGenerated(string seed) =>
        Assert.Contains(SentenceText.Normalise(seed), Text.Value, StringComparison.Ordinal);
}
