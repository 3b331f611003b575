using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Seed 000 (乌鲁木齐市招商服务局 2022) from its rebuilt workbook (tests/…/Validation/Seed000Workbook) in
/// the 2022 format: every sentence of 第二部分 §一–§十 is either generated as the seed writes it
/// (<see cref="Matched"/>, after the usual normalisation: whitespace, punctuation width, quotes) or
/// listed in <see cref="Different"/> with the sentence generated instead and why. Each seed
/// sentence is also looked up in the seed, so the lists cannot drift from it.
/// </summary>
public sealed class Seed000SentenceTests
{
    private static readonly Lazy<string> Generated = new(() =>
        SentenceText.Normalise(SentenceText.MarkdownBody(SentenceText.RenderAlone(Seed000Workbook.Build()))));

    private static readonly Lazy<string> Seed = new(() => SentenceText.Normalise(RepoPaths.SeedText("000_ce03b87850265668.txt")));

    private const string Zero = "0 printed “0.00” (“0%” as “0.00%”): the 2022 style has 2 decimals everywhere, report-format.md §2";

    /// <summary>Seed sentences (or, where a sentence also holds a difference, its clauses) generated exactly.</summary>
    public static TheoryData<string> Matched => new()
    {
        // §一
        "收入总计与上年相比，增加133.64万元，增长19.94%，主要原因是：增加了当年财政基本收入和项目收入。",
        "支出总计与上年相比，增加133.64万元，",
        // §四
        "2022年度财政拨款收入总计802.68万元，其中：年初财政拨款结转和结余52.72万元，财政拨款本年收入749.96万元。",
        "财政拨款收入总计与上年相比，增加135.85万元，增长20.37%，主要原因是：增加了当年财政基本收入和项目收入。",
        "财政拨款支出总计802.68万元，其中：年末财政拨款结转和结余66.77万元，",
        "财政拨款支出总计与上年相比，增加135.85万元，增长20.37%，主要原因是：增加了当年财政基本支出和项目支出。",
        "与年初预算数相比情况：财政拨款收入总计年初预算数749.96万元，决算数802.68万元，预决算差异率7.03%，主要原因是：根据市委、市政府相关工作安排及全年工作任务目标情况，对上年结转进行合理支出。",
        "财政拨款支出总计年初预算数749.96万元，决算数802.68万元，预决算差异率7.03%，主要原因是：根据市委、市政府相关工作安排及全年工作任务目标情况，对上年结转进行合理支出。",
        // §五
        "2022年度一般公共预算财政拨款支出735.91万元，占本年支出合计的",
        "，与上年相比，增加127.22万元，",
        "1.一般公共服务支出（类）669.48万元，占90.97%",
        "2.社会保障和就业支出（类）66.44万元，占9.03%",
        "支出决算数为381.35万元，比上年决算增加48.07万元，增长14.42%，主要原因是：当年追加人员类基本支出。",
        "支出决算数为8.62万元，比上年决算减少1.05万元，下降10.86%，主要原因是：厉行节约，压减\"三公\"经费支出。",
        "支出决算数为108.23万元，比上年决算增加83.85万元，增长343.93%，主要原因是：增加当年财政项目支出。",
        "支出决算数为171.28万元，比上年决算增加6.82万元，增长4.15%，主要原因是：当年追加人员类基本支出。",
        "支出决算数为6.58万元，比上年决算增加4.22万元，增长178.81%，主要原因是：当年追加人员类基本支出。",
        "支出决算数为52.50万元，比上年决算增加11.28万元，增长27.37%，主要原因是：当年追加人员类基本支出。",
        "支出决算数为6.50万元，比上年决算减少2.09万元，下降24.33%，主要原因是：当年追加人员类基本支出。",
        "比上年决算减少0.09万元，",
        "比上年决算减少24.43万元，",
        // §六
        "2022年度一般公共预算财政拨款基本支出619.06万元，其中：人员经费559.73万元，包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、公务员医疗补助缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、生活补助。",
        "公用经费59.33万元，包括：办公费、印刷费、手续费、邮电费、取暖费、差旅费、维修（护）费、培训费、公务接待费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费、其他商品和服务支出。",
        // §七
        "2022年度财政拨款\"三公\"经费支出决算12.95万元，比上年减少0.38万元，下降2.85%，主要原因是：厉行节约，压减\"三公\"经费支出；其中：因公出国（境）费支出",
        "公务用车购置及运行维护费支出9.44万元，占72.90%，比上年减少0.41万元，下降4.16%，主要原因是：厉行节约，压减\"三公\"经费支出；公务接待费支出3.51万元，占27.10%，比上年增加0.03万元，增长0.86%，主要原因是：来乌鲁木齐投资企业增加，公务接待批次及人次增加。",
        "开支内容：无此项支出。单位全年安排的因公出国（境）团组0个，因公出国（境）0人次。",
        "公务用车运行维护费9.44万元。",
        "公务用车运行维护费开支内容包括车辆维修维护费、停车费以及路桥费等。",
        "公务用车购置数0辆，公务用车保有量5辆。",
        "公务接待费3.51万元，开支内容包括接待投资企业、客商餐费。单位全年安排的国内公务接待25批次，245人次。",
        "与全年预算数相比情况：\"三公\"经费支出全年预算数26.48万元，决算数12.95万元，预决算差异率-51.10%，主要原因是：厉行节约，压减\"三公\"经费支出。",
        "公务用车运行费全年预算数9.88万元，决算数9.44万元，预决算差异率-4.45%，主要原因是：厉行节约，压减\"三公\"经费支出；公务接待费全年预算数16.60万元，决算数3.51万元，预决算差异率-78.86%，主要原因是：厉行节约，压减\"三公\"经费支出。",
        // §八, §九
        "我单位本年度无政府性基金预算财政拨款收入、支出及结转和结余，政府性基金预算财政拨款收入支出决算表为空表。",
        "我单位本年度无国有资本经营预算财政拨款收入、支出及结转和结余，国有资本经营预算财政拨款收入支出决算表为空表。",
        // §十
        "2022年度乌鲁木齐市招商服务局（行政单位和参照公务员法管理事业单位）机关运行经费支出59.33万元，比上年增加9.09万元，增长18.09%，主要原因是：因人员增加，办公费成本增加。",
        "车辆5辆，价值106.82万元，其中：副部（省）级及以上领导用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车5辆，其他用车主要是：机关公务用车；单价100万元（含）以上设备（不含车辆）0台（套）。",
    };

    /// <summary>Seed sentences deliberately not reproduced: (the seed's, the generated one, why).</summary>
    public static TheoryData<string, string, string> Different => new()
    {
        // §一
        { "2022年度收入总计803.94万元，其中：本年收入合计750.10万元，使用非财政拨款结余0万元，年初结转和结余53.85万元。",
          "2022年度收入总计803.94万元，其中：本年收入合计750.10万元，使用非财政拨款结余0.00万元，年初结转和结余53.85万元。", Zero },
        { "本年支出总计802.68万元，其中：本年支出合计735.91万元，结余分配0万元，年末结转和结余66.77万元。",
          "本年支出总计802.68万元，其中：本年支出合计735.91万元，结余分配0.00万元，年末结转和结余66.77万元。", Zero },
        { "支出总计与上年相比，增加133.64万元，增长19.94%，主要原因是：增加了当年财政基本支出和项目支出。",
          "支出总计与上年相比，增加133.64万元，增长19.97%，主要原因是：增加了当年财政基本支出和项目支出。",
          "copied rate: 19.94% is 收入总计's (133.64 ÷ 670.30); 支出总计 rose 133.64 from 669.04, 19.97%" },
        // §二, §三
        { "2022年度本年收入750.10万元，其中：财政拨款收入749.96万元，占99.98%；上级补助收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0.14万元，占0.02%。",
          "2022年度本年收入750.10万元，其中：财政拨款收入749.96万元，占99.98%；上级补助收入0.00万元，占0.00%；事业收入0.00万元，占0.00%；经营收入0.00万元，占0.00%；附属单位上缴收入0.00万元，占0.00%；其他收入0.14万元，占0.02%。", Zero },
        { "2022年度本年支出736.16万元，其中：基本支出619.31万元，占84.13%；项目支出116.85万元，占15.87%；上缴上级支出0万元，占0%；经营支出0万元，占0%；对附属单位补助支出0万元，占0%。",
          "2022年度本年支出736.16万元，其中：基本支出619.31万元，占84.13%；项目支出116.85万元，占15.87%；上缴上级支出0.00万元，占0.00%；经营支出0.00万元，占0.00%；对附属单位补助支出0.00万元，占0.00%。", Zero },
        // §四
        { "财政拨款支出总计802.68万元，其中：年末财政拨款结转和结余66.77万元，财政拨款本年支出669.48万元。",
          "财政拨款支出总计802.68万元，其中：年末财政拨款结转和结余66.77万元，财政拨款本年支出735.91万元。",
          "669.48 is the 一般公共服务支出 类 of §五(二); 本年财政拨款支出 is 802.68 − 66.77 = 735.91 (§五's total)" },
        // §五
        { "2022年度一般公共预算财政拨款支出735.91万元，占本年支出合计的99.97%，与上年相比，增加127.22万元，增长20.9%，主要原因是：增加了当年财政基本支出和项目支出。",
          "2022年度一般公共预算财政拨款支出735.91万元，占本年支出合计的100.00%，与上年相比，增加127.22万元，增长20.90%，主要原因是：增加了当年财政基本支出和项目支出。",
          "99.97% divides by §三's 736.16, not §一's 本年支出合计 735.91 (the workbook's 公开01表, the one the share is of); 20.9% printed with 2 decimals" },
        { "1.一般公共服务（类）商贸事务（款）行政运行支出（项）：支出决算数为381.35万元，",
          "1.一般公共服务支出（类）商贸事务（款）行政运行（项）：支出决算数为381.35万元，",
          "科目名称 as the workbook has them (§五(二)'s 一般公共服务支出, the 项 行政运行): the seed adds or drops “支出” in §五(三)" },
        { "2.一般公共服务（类）商贸事务（款）一般行政管理事务支出（项）：支出决算数为8.62万元，",
          "2.一般公共服务支出（类）商贸事务（款）一般行政管理事务（项）：支出决算数为8.62万元，", "科目名称 as the workbook has them" },
        { "3.一般公共服务（类）商贸事务（款）招商引资支出（项）：支出决算数为108.23万元，",
          "3.一般公共服务支出（类）商贸事务（款）招商引资（项）：支出决算数为108.23万元，", "科目名称 as the workbook has them" },
        { "4.一般公共服务（类）商贸事务（款）事业运行支出（项）：支出决算数为171.28万元，",
          "4.一般公共服务支出（类）商贸事务（款）事业运行（项）：支出决算数为171.28万元，", "科目名称 as the workbook has them" },
        { "5.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）：支出决算数为6.58万元，",
          "6.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）：支出决算数为6.58万元，",
          "项 numbered in code order: 2013699 (seed's 9) comes before the 208 items" },
        { "6.社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）：支出决算数为0.86万元，比上年决算增加0.66万元，增长330%，主要原因是：当年追加人员类基本支出。",
          "7.社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）：支出决算数为0.86万元，比上年决算增加0.66万元，增长330.00%，主要原因是：当年追加人员类基本支出。",
          "code order; 330% with 2 decimals" },
        { "7.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算数为52.50万元，",
          "8.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算数为52.50万元，", "code order" },
        { "8.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：支出决算数为6.50万元，",
          "9.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）：支出决算数为6.50万元，", "code order" },
        { "9.一般公共服务支出（类）其他共产党事务支出（款）其他共产党事务支出（项）：支出决算数为0万元，比上年决算减少0.09万元，下降100%，主要原因是本年度没有此项费用发生。",
          "5.一般公共服务支出（类）其他共产党事务支出（款）其他共产党事务支出（项）：支出决算数为0.00万元，比上年决算减少0.09万元，下降100.00%，主要原因是：本年度没有此项费用发生。",
          "code order; 2 decimals; “主要原因是：” as in every other sentence" },
        { "10.社会保障和就业支出（类）抚恤（款）死亡抚恤（项）：支出决算数为0万元，比上年决算减少24.43万元，下降100%，主要原因是本年度没有发生死亡抚恤支出。",
          "10.社会保障和就业支出（类）抚恤（款）死亡抚恤（项）：支出决算数为0.00万元，比上年决算减少24.43万元，下降100.00%，主要原因是：本年度没有发生死亡抚恤支出。",
          "2 decimals; “主要原因是：”" },
        // §七
        { "其中：因公出国（境）费支出0万元，占0%，比上年增加0万元，增长0%，主要原因是：我单位无因公出国（境）费；",
          "其中：因公出国（境）费支出0.00万元，占0.00%，与上年持平，主要原因是：我单位无因公出国（境）费；",
          "0 → 0 has no growth rate: an unchanged figure is “与上年持平” in every format (2024/00-functions.sbn); 2 decimals" },
        { "具体情况如下：因公出国（境）费支出0万元，开支内容：无此项支出。",
          "具体情况如下：因公出国（境）费支出0.00万元，开支内容：无此项支出。", Zero },
        { "公务用车购置及运行维护费9.44万元，其中：公务用车购置费0万元，",
          "公务用车购置及运行维护费9.44万元，其中：公务用车购置费0.00万元，", Zero },
        { "其中：因公出国（境）费全年预算数0万元，决算数0万元，预决算差异率0%，主要原因是：我单位无此项支出；公务用车购置费全年预算数0万元，决算数0万元，预决算差异率0%，主要原因是：我单位无此项支出；",
          "其中：因公出国（境）费全年预算数0.00万元，决算数0.00万元，预决算差异率0.00%，主要原因是：我单位无此项支出；公务用车购置费全年预算数0.00万元，决算数0.00万元，预决算差异率0.00%，主要原因是：我单位无此项支出；", Zero },
        // §十
        { "2022年度政府采购支出总额0万元，其中：政府采购货物支出0万元、政府采购工程支出0万元、政府采购服务支出0万元。",
          "2022年度政府采购支出总额0.00万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。", Zero },
        { "授予中小企业合同金额0万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。",
          "授予中小企业合同金额0.00万元，占政府采购支出总额的0.00%，其中：授予小微企业合同金额0.00万元，占政府采购支出总额的0.00%。", Zero },
        { "截止2022年12月31日，固定资产原值352.2万元，房屋0平方米，价值0万元。",
          "截至2022年12月31日，固定资产原值352.20万元，房屋0.00平方米，价值0.00万元。",
          "“截至” (as of), not “截止” (deadline), as 2024 writes it; 2 decimals" },
    };

    [Theory]
    [MemberData(nameof(Matched))]
    public void TheSeedsSentenceIsGenerated(string seed)
    {
        Assert.Contains(SentenceText.Normalise(seed), Seed.Value, StringComparison.Ordinal);
        Assert.Contains(SentenceText.Normalise(seed), Generated.Value, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Different))]
    public void TheSeedsSentenceIsDeliberatelyNotReproduced(string seed, string generated, string why)
    {
        Assert.False(string.IsNullOrWhiteSpace(why));
        Assert.Contains(SentenceText.Normalise(seed), Seed.Value, StringComparison.Ordinal);
        Assert.Contains(SentenceText.Normalise(generated), Generated.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(SentenceText.Normalise(seed), Generated.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySentenceOfTheSeedsSectionsOneToTenIsListed()
    {
        // The seed's 第二部分 from §一 to §十一's heading, cut into sentences: each is matched or listed as different
        // (whole, or as clauses of one sentence the lists cover together).
        var seed = Seed.Value;
        var part = seed[seed.IndexOf("一、收入支出决算总体情况说明", StringComparison.Ordinal)..seed.IndexOf("十一、预算绩效的情况说明", StringComparison.Ordinal)];
        var listed = ((IEnumerable<object[]>)Matched).Concat(Different).Select(row => SentenceText.Normalise((string)row[0])).ToList();
        var unlisted = SentenceText.Sentences(part)
            .Select(StripHeadings)
            .Where(s => s.Length > 1 && !listed.Any(l => l.Contains(s, StringComparison.Ordinal) || Covers(listed, s)))
            .ToList();
        Assert.Empty(unlisted);
    }

    [Fact]
    public void TheFunctionsOfPartOneAreTheSeedsNumberedAsIt()
    {
        // 第一部分 一: the seven 主要职责 as the workbook holds them, numbered “（一）…（七）” as in 2022 (2024: “（1）”).
        var seed = Seed.Value;
        var from = seed.IndexOf("（一）贯彻执行", StringComparison.Ordinal);
        var functions = seed[from..seed.IndexOf("二、机构设置及人员情况", StringComparison.Ordinal)];
        Assert.Contains(functions, Generated.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTermsAreTheSeedsUnnumbered()
    {
        // 第三部分: every 名词解释 of the seed, unnumbered, “公务用车购置费反映…” (2024: “公务用车购置反映…”).
        // The PDF's page margin (the unit's name letter by letter) and page number are not text.
        var seed = Seed.Value;
        var terms = seed[(seed.IndexOf("第三部分专业名词解释", StringComparison.Ordinal) + "第三部分专业名词解释".Length)..seed.IndexOf("第四部分", StringComparison.Ordinal)]
            .Replace("乌鲁木齐市招商服务局", "", StringComparison.Ordinal).Replace("27", "", StringComparison.Ordinal);
        Assert.Equal(15, SentenceText.Sentences(terms).Count);
        Assert.Contains(terms, Generated.Value, StringComparison.Ordinal);
    }

    /// <summary>A sentence the lists hold as clauses: every character is inside one listed clause that the sentence contains.</summary>
    private static bool Covers(IReadOnlyList<string> listed, string sentence)
    {
        var covered = new bool[sentence.Length];
        foreach (var clause in listed)
            for (var at = sentence.IndexOf(clause, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(clause, at + 1, StringComparison.Ordinal))
                for (var i = at; i < at + clause.Length; i++) covered[i] = true;
        // The PDF's stray closing quote after §五(二) (“占9.03%””) is no sentence of its own.
        return covered.Select((c, i) => c || sentence[i] == '"').All(c => c);
    }

    /// <summary>Drops the section headings (and their titles) the PDF text runs into the next sentence.</summary>
    private static string StripHeadings(string sentence)
    {
        foreach (var title in new[]
        {
            "一、收入支出决算总体情况说明", "二、收入决算情况说明", "三、支出决算情况说明", "四、财政拨款收入支出决算总体情况说明",
            "五、一般公共预算财政拨款支出决算情况说明", "（一）一般公共预算财政拨款支出决算总体情况", "（二）一般公共预算财政拨款支出决算结构情况",
            "（三）一般公共预算财政拨款支出决算具体情况", "六、一般公共预算财政拨款基本支出决算情况说明", "七、财政拨款\"三公\"经费支出决算情况说明",
            "八、政府性基金预算财政拨款收入支出决算情况说明", "九、国有资本经营预算财政拨款收入支出决算情况说明", "十、其他重要事项的情况说明",
            "（一）机关运行经费支出情况", "（二）政府采购情况", "（三）国有资产占用情况说明",
        })
            sentence = sentence.Replace(title, "", StringComparison.Ordinal);
        return sentence;
    }
}
