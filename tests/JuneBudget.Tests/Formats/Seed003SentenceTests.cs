using System.Text.RegularExpressions;
using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Seed 003 (乌鲁木齐市政务服务管理局, 2021) from its rebuilt workbook (tests/…/Validation/Seed003Workbook)
/// in the 2021 format, 第二部分 §一–§十 sentence by sentence, after the usual normalisation (whitespace,
/// punctuation width). Every quoted seed text is first checked to be in the seed file itself.
/// <see cref="TheSeedsSentenceIsGenerated"/>: matched, the one difference being the 2021 number style of this
/// generator (every 万元 and % with 2 decimals: the seed's “2114.6”, “0 万元”, “0%” are “2114.60”, “0.00万元”,
/// “0.00%”; report-format.md §2, one number style per format).
/// <see cref="TheSeedsSentenceIsDeliberatelyNotReproduced"/>: every other sentence of §一–§十, the text
/// generated instead and why (a wrong figure, or one wording chosen where the seeds disagree).
/// Not reproduced and not asserted: §一's “支出总额…按照资金性质基本支出总额为…” (a repeat of §三, S002 has
/// none) and its reasons' policy quotations; §六's 款 names (the seed gives no amounts for 公开06表's 款, so the
/// rebuilt table has none); §十(三)'s per-entity paragraphs and 50/100万元 equipment counts (not in the workbook).
/// </summary>
public sealed partial class Seed003SentenceTests
{
    private static readonly Lazy<string> Text = new(() =>
    {
        var workbook = Seed003Workbook.Build();
        return Generated(workbook);
    });

    private static readonly Lazy<string> Seed = new(() => SentenceText.Normalise(RepoPaths.SeedText("003_bc8294e210d61887.txt")));

    private static string Generated(BudgetWorkbook workbook)
    {
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(new UnitYear(workbook, null, workbook.PriorYearSheet)), RepoPaths.Templates).Markdown;
        return SentenceText.Normalise(SentenceText.MarkdownBody(markdown));
    }

    /// <summary>The seed's numbers in this generator's style: 2 decimals before 万元 and %.</summary>
    private static string TwoDecimals(string text) => SeedNumber().Replace(text, m =>
        decimal.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + m.Groups[2].Value);

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)(万元|%)")]
    private static partial Regex SeedNumber();

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
    // §四: the budget comparison's first words.
    [InlineData("与年初预算数相比情况：")]
    // §五: the total and every 项 by code.
    [InlineData("2021 年度一般公共预算财政拨款支出 2114.6 万元。")]
    [InlineData("按功能分类科目项级科目公开，其中：2010101 行政运行 314.73 万元；2010302 一般行政管理事务 170.58 万元；2010350 事业运行 829.12 万元；2010399 其他政府办公厅（室）及相关机构事务支出 682.47 万元；2013699 其他共产党事务支出 0.07 万元；2080501 行政单位离退休 0.22 万元；2080502 事业单位离退休 1.42 万元；2080505 机关事业单位基本养老保险缴费支出 88.21 万元；2080506 机关事业单位职业年金缴费支出 25.69 万元；2299999 其他支出 2.08 万元")]
    // §六: the totals (the 款 names are not in the rebuilt workbook).
    [InlineData("2021年度一般公共预算财政拨款基本支出1259.4万元，其中：人员经费 1131.51 万元")]
    [InlineData("公用经费 127.89 万元")]
    // §七: the 因公出国 item, the details and the two zero-budget items.
    [InlineData("其中：因公出国（境）费支出 0 万元，占 0%，比上年增加 0 万元，增长 0%，主要原因是：")]
    [InlineData("单位全年安排的因公出国（境）团组 0 个，因公出国（境）0 人次。")]
    [InlineData("公务用车运行维护费 8.09 万元。公务用车运行维护费开支内容包括车辆燃油费及保险费用。公务用车购置数 0 辆，公务用车保有量 4 辆。")]
    [InlineData("单位全年安排的国内公务接待 0 批次，0 人次。")]
    [InlineData("其中：因公出国（境）费预算数 0 万元，决算数 0 万元，预决算差异率 0%，主要原因是：我单位未申报此项预算；公务用车购置费预算数 0 万元，决算数 0 万元，预决算差异率 0%，主要原因是：我单位未申报此项预算；公务用车运行费预算数 8.93 万元，决算数 8.09 万元，预决算差异率")]
    [InlineData("主要原因是：我局秉持勤俭节约原则，将公务用车运行费该严格控制在预算数内，杜绝超额开支；公务接待费预算数 0.29 万元，决算数 0.06 万元，预决算差异率")]
    // §八, §九: the empty tables, “我单位” from the workbook's 单位自称.
    [InlineData("我单位本年度无政府性基金预算财政拨款收入支出，政府性基金预算财政拨款收入支出决算表为空表。")]
    [InlineData("我单位本年度无国有资本经营预算财政拨款收入支出，国有资本经营预算财政拨款收入支出决算表为空表。")]
    // §十(一): the label and its change.
    [InlineData("（行政单位和参照公务员法管理事业单位）机关运行经费支出")]
    [InlineData("比上年增加 34.55 万元，")]
    // §十(三): the vehicle categories by their 2021 names (the 交易中心's paragraph: its count equals the 本级's).
    [InlineData("其中：副部（省）级及以上领导用车 0 辆、主要领导干部用车 0 辆、机要通信用车 0 辆、应急保障用车 0 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆、离退休干部用车 0 辆、其他用车 2 辆，其他用车主要是：一般公务用车；")]
    public void TheSeedsSentenceIsGenerated(string seed)
    {
        var inSeed = SentenceText.Normalise(seed);
        Assert.Contains(inSeed, Seed.Value, StringComparison.Ordinal);
        Assert.Contains(TwoDecimals(inSeed), Text.Value, StringComparison.Ordinal);
    }

    [Theory]
    // §一 (reading: S002's 收入 and 支出 each against last year; last year's figures the workbook holds are 收入总计 and 支出总计).
    [InlineData("2021 年度收入 1675.95 万元，上年数 2186.52 万元，比上年减少 510.57 万元，减少 23.35%。",
        "2021年度收入总计2402.77万元，与上年相比，增加216.25万元，增长9.89%，主要原因是：",
        "figure: 1675.95 is 一般公共预算财政拨款收入, compared with last year's 收入总计; 收入总计 is compared")]
    [InlineData("本年支出 2116.48 万元，与上年相比，减少 375.71 万元，减少 17.75%",
        "支出总计2402.77万元，与上年相比，减少89.42万元，下降3.59%，主要原因是：",
        "rate: 375.71 ÷ 2116.48 (this year) — the rate divides by last year; and 支出总计 is compared as last year's figure is a total")]
    // §二.
    [InlineData("乌鲁木齐市政务服务管理局 2021 年度本年收入 2165.1 万元，其中：财政拨款收入 1675.95 万元，占 99.99%；",
        "乌鲁木齐市政务服务管理局2021年度本年收入2165.10万元，其中：财政拨款收入1675.95万元，占77.41%；",
        "share: 1675.95 ÷ 2165.10 = 77.41%, not 99.99%")]
    [InlineData("其他收入 2.67 万元，占 0.016%。", "其他收入2.67万元，占0.12%。", "share: 2.67 ÷ 2165.10 = 0.12%, not 0.016%")]
    // §三.
    [InlineData("乌鲁木齐市政务服务管理局2021年度支出总额2116.48 万元，其中：基本支出 1261.28 万元，占比 59.59%；项目支出 855.2 万元，占比为 40.41%；",
        "乌鲁木齐市政务服务管理局2021年度支出总额2116.48万元，其中：基本支出1261.28万元，占59.59%；项目支出855.20万元，占40.41%；上缴上级支出0.00万元，占0.00%；",
        "wording: the seed's “占比”, “占比为” and “占” in one sentence are one “占” (S002)")]
    // §四.
    [InlineData("乌鲁木齐市政务服务管理局 2021 年度财政拨款收入 2155.93 万元，比上年减少 512.64 万元，减少 19.21%",
        "乌鲁木齐市政务服务管理局2021年度财政拨款收入总计2155.93万元，比上年减少512.64万元，下降19.21%，主要原因是：本年度使用了上年接转结余资金，故本年收入较上年减少。",
        "wording: last year's figure is 财政拨款收入总计, so the total is named; a falling rate is “下降” in every format (S002 “降低”, S003 “减少”)")]
    [InlineData("2021 年度财政拨款支出 2155.93 万元，与上年相比，减少 444.09 万元，减少 20.6%",
        "2021年度财政拨款支出总计2155.93万元，与上年相比，减少444.09万元，下降17.08%，主要原因是：",
        "rate: 444.09 ÷ 2155.93 (this year); ÷ 2600.02 (last year) = 17.08%")]
    [InlineData("收入预算数 2039.11 万元，收入决算数 2155.93 万元，预算收入完成率 100%，支出年终执行数 2155.93 万元，预算支出完成率 100%",
        "财政拨款收入年初预算数2039.11万元，决算数2155.93万元，预决算差异率5.73%，主要原因是：本年度使用了上年接转结余资金另外加快项目推进执行。财政拨款支出年初预算数2039.11万元，决算数2155.93万元，预决算差异率5.73%，",
        "figure: 2155.93 ÷ 2039.11 is 105.73%, not 100%; the 2021 wording of S002 (预决算差异率, signed) is used")]
    // §七.
    [InlineData("乌鲁木齐市政务服务管理局 2021 年度一般公共预算“三公”经费支出决算 8.15 万元，比上年减少 1.76 万元，减少 17.76%",
        "乌鲁木齐市政务服务管理局2021年度一般公共预算\"三公\"经费支出决算8.15万元，比上年减少1.76万元，下降17.76%，主要原因是：我单位秉持节约三公经费的原则，逐年递减三公经费支出。",
        "wording: a falling rate is “下降” in every format")]
    [InlineData("主要原因是：主要原因是我单位未申报此项预算；", "主要原因是：我单位未申报此项预算；", "wording: the seed's doubled “主要原因是”")]
    [InlineData("公务用车购置及运行维护费支出8.09万元，占99.26%，比上年减少1.76万元，减少17.77%",
        "公务用车购置及运行维护费支出8.09万元，占99.26%，比上年减少1.76万元，下降17.87%，",
        "rate: 1.76 ÷ 9.85 = 17.87%, not 17.77%")]
    [InlineData("公务接待费支出 0.06 万元，占 1.44%", "公务接待费支出0.06万元，占0.74%，比上年减少0.05万元，下降45.45%，",
        "share: 0.06 ÷ 8.15 = 0.74%, not 1.44%")]
    [InlineData("因公出国（境）费支出 0 万元，开支内容包括：我单位", "因公出国（境）费支出0.00万元，开支内容包括我单位未安排此项预算，因此无开支内容。",
        "wording: no “：” after 开支内容包括 (S002)")]
    [InlineData("公务用车购置及运行维护费 8.09 万元，其中，公务用车购置费", "公务用车购置及运行维护费8.09万元，其中：公务用车购置费0.00万元，",
        "wording: “其中：” as everywhere else (S002)")]
    [InlineData("公务接待费 0 万元，开支内容包括", "公务接待费0.06万元，开支内容包括", "figure: the 公务接待费 is 0.06, as the seed's own first paragraph says")]
    [InlineData("决算数 8.15 万元，预决算差异率 11.61%", "决算数8.15万元，预决算差异率-11.61%，", "sign: (8.15 − 9.22) ÷ 9.22 is negative")]
    [InlineData("决算数 8.09 万元，预决算差异率 9.41%", "决算数8.09万元，预决算差异率-9.41%，", "sign: (8.09 − 8.93) ÷ 8.93 is negative")]
    [InlineData("决算数 0.06 万元，预决算差异率 0.79%", "决算数0.06万元，预决算差异率-79.31%，", "rate: (0.06 − 0.29) ÷ 0.29 = -79.31%")]
    // §十.
    [InlineData("乌鲁木齐市政务服务管理局 2021 年度乌鲁木齐市政务服务管理局本级（行政单位和参照公务员法管理事业单位）机关运行经费支出 127.89 元，比上年增加 34.55 万元，增加 37.02%",
        "2021年度乌鲁木齐市政务服务管理局（行政单位和参照公务员法管理事业单位）机关运行经费支出127.89万元，比上年增加34.55万元，增长37.02%，主要原因是：",
        "unit: 127.89 万元, not 元; the name once; a rising rate is “增长” (S002)")]
    [InlineData("2021 年乌鲁木齐市政务服务管理局政府采购预算 47.19 万元，其中：政府采购货物预算 20.49 万元",
        "2021年度政府采购支出总额47.19万元，其中：政府采购货物支出20.49万元、政府采购工程支出0.00万元、政府采购服务支出26.70万元。",
        "wording: the workbook's 政府采购 figures are 支出 (S002's sentence); the seed's 中小企业 0 above 小微企业 47.19 is kept as figures and reported by the validator")]
    [InlineData("截止 2021 年 12 月 31 日，单位共有房屋 0（平方米），价值 0 万元。车辆 2 辆，价值 56.18 万元",
        "截至2021年12月31日，单位共有房屋0.00平方米，价值0.00万元。车辆2辆，价值39.24万元，",
        "wording: “截至” (the seed's “截止” is a typo), 平方米 unbracketed; figure: the workbook holds the 本级's vehicles (39.24), the seed's 交易中心 paragraph has its own")]
    public void TheSeedsSentenceIsDeliberatelyNotReproduced(string seed, string generated, string why)
    {
        Assert.False(string.IsNullOrWhiteSpace(why));
        var inSeed = SentenceText.Normalise(seed);
        Assert.Contains(inSeed, Seed.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoDecimals(inSeed), Text.Value, StringComparison.Ordinal);
        Assert.Contains(SentenceText.Normalise(generated), Text.Value, StringComparison.Ordinal);
    }

    /// <summary>§五 lists the 项 with spending this year: one spent last year only (2130101, 5 万元) is not listed.</summary>
    [Fact]
    public void AnItemWithoutSpendingThisYearIsNotListed()
    {
        var w = Seed003Workbook.Build();
        w = w with
        {
            PriorYearSheet = w.PriorYearSheet! with
            {
                GeneralBudgetItems = [new PriorItem("2130101", "行政运行", w.Money(5m, SheetNames.上年数, "D30"))],
            },
        };
        var text = Generated(w);
        Assert.Contains("2010101行政运行314.73万元；", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2130101", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Seed 002 (乌鲁木齐市工业和信息化局, 2021) shows what seed 003 does not: a 部门 reporting each unit's running
    /// cost, a 事业单位's as “日常公用经费” without “支出”. Its 决算单位构成 with the three units' figures on the seed
    /// 003 workbook. Its first two lines divide the change by this year (38.63 ÷ 130.55 = 29.59%, 4.33 ÷ 11.69 =
    /// 37.04%): the generator divides by last year (42.03%, 27.03%); the third is right (3.73 ÷ 15.51 = 24.05%).
    /// </summary>
    [Fact]
    public void Seed002sUnitsReportTheirOwnRunningCostsByNature()
    {
        var w = Seed003Workbook.Build();
        MemberUnit Unit(int n, string name, string nature, decimal cost, decimal prior) => new(n, name, nature, w.Cell(SheetNames.决算单位构成, $"B{3 + n}"),
            w.Money(cost, SheetNames.决算单位构成, $"D{3 + n}"), w.Money(prior, SheetNames.决算单位构成, $"E{3 + n}"));
        var reasons = w.Reasons.ByKey.ToDictionary(r => r.Key, r => r.Value);
        reasons[ReasonKeys.MemberRunningCost(1)] = new TextValue("劳务费增加导致机关运行经费增加", null);
        reasons[ReasonKeys.MemberRunningCost(2)] = new TextValue("严格管理控制降低支出", null);
        reasons[ReasonKeys.MemberRunningCost(3)] = new TextValue("严格管理，严格控制日常公用经费支出增加", null);
        w = w with
        {
            Unit = w.Unit with { Name = "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）" },
            Profile = w.Profile with
            {
                MemberUnits =
                [
                    Unit(1, "乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）", "行政单位", 130.55m, 91.92m),
                    Unit(2, "乌鲁木齐市节能监察中心", "事业单位", 11.69m, 16.02m),
                    Unit(3, "乌鲁木齐市中小企业服务中心", "事业单位", 11.78m, 15.51m),
                ],
            },
            Reasons = new ReasonBook(reasons),
        };
        var text = Generated(w);
        var seed = SentenceText.Normalise(RepoPaths.SeedText("002_c7c8be111ce7adaf.txt"));
        string[] matched = ["乌鲁木齐市中小企业服务中心（事业单位）日常公用经费 11.78 万元，比上年减少 3.73 万元，下降 24.05%，主要原因是"];
        foreach (var sentence in matched.Select(SentenceText.Normalise))
        {
            Assert.Contains(sentence, seed, StringComparison.Ordinal);
            Assert.Contains(TwoDecimals(sentence), text, StringComparison.Ordinal);
        }
        Assert.Contains(SentenceText.Normalise("2021年度乌鲁木齐市工业和信息化局（乌鲁木齐市大数据发展局）（行政单位）机关运行经费支出130.55万元，比上年增加38.63万元，增长42.03%，主要原因是：劳务费增加导致机关运行经费增加。"), text, StringComparison.Ordinal);
        Assert.Contains(SentenceText.Normalise("乌鲁木齐市节能监察中心（事业单位）日常公用经费11.69万元，比上年减少4.33万元，下降27.03%，主要原因是：严格管理控制降低支出。"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("（事业单位）日常公用经费支出", text, StringComparison.Ordinal);
    }
}
