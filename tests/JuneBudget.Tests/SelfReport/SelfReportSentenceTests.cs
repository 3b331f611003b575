using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.SelfReport;

/// <summary>
/// The generated 部门整体支出绩效自评报告 of seed 001's unit holds every figure sentence of the seed
/// (compared after <see cref="SentenceText.Normalise"/>), with the department's text carried
/// through. Sentences the seed words differently on purpose are asserted in our wording with the
/// seed's beside them and the reason.
/// </summary>
public sealed class SelfReportSentenceTests
{
    private static readonly Lazy<string> Generated = new(() => SelfReportUnits.Render(SelfReportUnits.Seed001).Text);
    private static readonly Lazy<string> Seed = new(() =>
        SentenceText.Normalise(RepoPaths.SeedText("001_ff14393ae3ccf10d.txt")));

    /// <summary>Sentences the seed and the generated report both hold, word for word.</summary>
    [Theory]
    [InlineData("高新区（新市区）招商服务局单位编制数21人，其中行政编制9个，在职7人，事业编制12个，在职8人；雇员5人。")]
    [InlineData("年初批复预算数340.57万元，年中调减数26.70万元，调整后全年预算数313.87万元，预算调整率7.84%。")]
    [InlineData("全年预算数为313.87万元，全年实际支出资金307.27万元，预算执行率为97.90%。")]
    [InlineData("2023年本单位基本支出全年预算总额305.66万元，其中：人员经费282.53万元，公用经费23.13万元。")]
    [InlineData("实际支出299.06万元，基本支出预算执行率97.84%。")]
    [InlineData("2023年本单位共有1个项目，项目总金额为8.21万元，执行金额为8.21万元。")]
    [InlineData("（1）本级财力项目：共计1个项目，项目总金额为8.21万元，执行金额为8.21万元。")]
    [InlineData("项目为招商引资经费，预算金额为8.21万元，执行金额为8.21万元，达到提升区域经济效益。")]
    [InlineData("2023年全年预算金额为313.87万元，执行金额为307.27万元，执行率为97.90%，得9.79分。")]
    [InlineData("偏差原因：指标设置不合理。")]
    [InlineData("改进措施：进一步提高绩效管理设置水平，强化绩效工作学习。")]
    [InlineData("该指标权重分值为10分，自评得分10分。")]
    [InlineData("该指标完成率为100.49%。")]
    [InlineData("偏差原因：部分年初预算调减，上年资金结余。该指标权重分值为10分，自评得分10分。")]
    [InlineData("该指标权重分值为15分，自评得分15分。")]
    [InlineData("该指标权重分值为7分，自评得分7分。")]
    [InlineData("该指标权重分值为6分，自评得分6分。")]
    [InlineData("2023年度部门整体支出绩效自评综合得分99.79分，评价结果为\"优\"。")]
    [InlineData("综上所述，年中预算调整幅度与单位运转情况和履职情况相匹配，未出现资金收支不平衡以及债务风险等负面影响，确保了预算调整的合理性和必要性。")]
    [InlineData("借助第三方专业机构力量，贯彻落实全面预算绩效管理工作，建立全过程预算绩效管理链条，将绩效各个环节紧密贯通。")]
    [InlineData("落实执行项目数总计60个，实现招商引资到位资金361.77亿元，共签订60个项目，计划总投资额470.13亿元，项目涉及新能源、新材料、现代服务业、现代农业、生物医药、物流等产业。")]
    public void TheSeedsSentenceIsGenerated(string sentence)
    {
        Assert.Contains(sentence, Seed.Value, StringComparison.Ordinal);
        Assert.Contains(sentence, Generated.Value, StringComparison.Ordinal);
    }

    /// <summary>Our wording, the seed's, and why they differ.</summary>
    [Theory]
    // The seed calls 307.27 a “全年预算支出金额”: it is the 执行数 (the wording fix).
    [InlineData("2023年全年执行数共计307.27万元，其中：基本支出为299.06万元，主要用于职工工资、奖金、社保、医保、住房公积金等；项目支出8.21万元，主要用于差旅费等。",
        "2023年全年预算支出金额共计307.27万元，其中：基本支出为299.06万元，主要用于职工工资、奖金、社保、医保、住房公积金等地方；")]
    // Money always has 2 decimals (36 → 36.00), as every document of the project prints it.
    [InlineData("年初预算数为340.57万元，其中：基本支出年初预算数为304.57万元、项目支出年初预算数为36.00万元。",
        "年初预算数为340.57万元，其中：基本支出年初预算数为304.57万元、项目支出年初预算数为36万元。")]
    // Rates always have 2 decimals (660% → 660.00%); the name leads the sentence after its heading.
    [InlineData("引进企业数量：该指标预期指标值为大于等于5家，年中监控实际完成值为32家，本次评价引进企业数量33家，该指标完成率为660.00%。",
        "引进企业数量：该指标预期指标值为大于等于5家，年中监控实际完成值为32家，本次评价引进企业数量33家，该指标完成率为660%。")]
    // The adjusted target is one clause “年中调整至”; the 调减 that explains it is stated in 一(三)2.
    [InlineData("预算经费：该指标预期指标值为小于等于340.57万元，年中监控实际完成值为148.23万元，年中调整至313.87万元，本次评价预算经费307.27万元，该指标完成率为97.90%。",
        "预算经费：该指标预期指标值为小于等于340.57万元，年中监控实际完成值为148.23万元，年中调减数26.70万元，调整后全年预算数313.87万元，本次评价预算经费307.27万元，该指标完成率为97.90%，")]
    // 完成率 of a % indicator is capped at 100% (format.yaml cap_percent_rates): 100% against ≥90% is 100.00%.
    [InlineData("走访企业完成率：该指标预期指标值为大于等于90%，年中监控实际完成值为100%，本次评价走访企业完成率100%，该指标完成率为100.00%。",
        "走访企业完成率：该指标预期指标值为大于等于90%，年中监控实际完成值为100%，本次评价走访企业76家，该指标完成率为100%。")]
    // The 调整至 reason moves to the note; the actual value is 实际完成值.
    [InlineData("完成区外到位资金：该指标预期指标值为大于等于450亿元，年中监控实际完成值为142.8亿元，年中调整至360亿元，实际完成值为361.77亿元，该指标完成率为100.49%。",
        "完成区外到位资金：该指标预期指标值为大于等于450亿元，年中监控实际完成值为142.8亿元，年中根据市招商服务局任务指标调整至360亿元，实际完成值为361.77亿元，该指标完成率为100.49%。")]
    // Indicators 三, 四, 八 and 九: the 完成率 with 2 decimals (100% → 100.00%); 三 ends its sentence there (the seed runs on with “，该指标权重分值…”).
    [InlineData("项目支出预算执行率：该指标预期指标值为100%，年中监控实际完成值为97.22%，本次评价项目支出预算执行率100%，该指标完成率为100.00%。",
        "项目支出预算执行率：该指标预期指标值为100%，年中监控实际完成值为97.22%，本次评价项目支出预算执行率100%，该指标完成率为100%，")]
    [InlineData("政府采购执行率：该指标预期指标值为100%，年中监控实际完成值为0%，本次评价政府采购执行率100%，该指标完成率为100.00%。",
        "政府采购执行率：该指标预期指标值为100%，年中监控实际完成值为0%，本次评价政府采购执行率100%，该指标完成率为100%。")]
    [InlineData("营商环境指标评价良好率：该指标预期指标值为大于等于80%，年中监控实际完成值为80%，本次评价指标良好率100%，该指标完成率为100.00%。",
        "营商环境指标评价良好率：该指标预期指标值为大于等于80%，年中监控实际完成值为80%，本次评价指标良好率100%，该指标完成率为100%。")]
    [InlineData("服务企业满意度：该指标预期指标值为大于等于95%，年中监控实际完成值为95%，本次评价受益人员满意度100%，该指标完成率为100.00%。",
        "服务企业满意度：该指标预期指标值为大于等于95%，年中监控实际完成值为95%，本次评价受益人员满意度100%，该指标完成率为100%。")]
    // Indicator 五: the 实际完成值 the 完成率 is computed from is stated (the seed leaves it out for this indicator only).
    [InlineData("驻点招商执行率：该指标预期指标值为100%，年中监控实际完成值为100%，实际完成值为100%，该指标完成率为100.00%。",
        "驻点招商执行率：该指标预期指标值为100%，年中监控实际完成值为100%，该指标完成率为100%。")]
    // Indicator 六's note in brackets with its 调整 reason (moved there from the sentence, see above).
    [InlineData("该指标权重分值为10分，自评得分10分。（年中根据市招商服务局任务指标调整；因绩效平台无法调整年初绩效指标，故此项任务已完成不扣分）",
        "该指标权重分值为10分，自评得分10分。（因绩效平台无法调整年初绩效指标，故此项任务已完成不扣分）")]
    public void ADeliberatelyChangedSentenceIsGeneratedInOurWording(string ours, string seeds)
    {
        Assert.Contains(ours, Generated.Value, StringComparison.Ordinal);
        Assert.Contains(seeds, Seed.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(seeds, Generated.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryIndicatorIsReportedWithItsCompletionRateAndScore()
    {
        var (facts, report, _) = SelfReportUnits.Render(SelfReportUnits.Seed001);
        Assert.Equal(9, facts.Indicators.Count);
        Assert.Equal(["660.00", "97.90", "100.00", "100.00", "100.00", "100.49", "100.00", "100.00", "100.00"],
            facts.Indicators.Select(i => i.CompletionRate!.Display));
        Assert.Equal(99.79m, Math.Round(facts.TotalScore.Value, 2));
        Assert.Equal("优", facts.Grade);
        Assert.Contains("## （一）指标一：引进企业数量 {#p3-1}", report.Markdown, StringComparison.Ordinal);
        Assert.Contains("## （九）指标九：服务企业满意度 {#p3-9}", report.Markdown, StringComparison.Ordinal);
        Assert.Empty(report.Placeholders);
    }
}
