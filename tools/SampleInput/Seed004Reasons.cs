using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.SampleInput;

/// <summary>
/// 主要原因 of seed 004 (2024), verbatim: stored without the leading “主要原因是:” and the final
/// “。”, PDF spaces dropped, the PDF's ASCII punctuation turned back into the full-width punctuation of an official document.
/// </summary>
internal static class Seed004Reasons
{
    private const string ProjectsDropped = "本年未安排新疆城建冷链物流项目、乌鲁木齐准东产业园区开发项目（三期）—11号分水口至园区供水工程，导致资金较上年减少";
    private const string Frugal = "严格落实中央八项规定精神，厉行节约，减少不必要的开支";
    private const string FrugalVehicles = "严格落实中央八项规定精神，厉行节约，减少公务用车运行维护费";
    private const string AsBudgeted = "严格按照预算执行，预决算无差异";
    private const string General = "一般公共预算";

    public static readonly IReadOnlyDictionary<string, string> Y2024 = new Dictionary<string, string>
    {
        [ReasonKeys.收支总体上年] = ProjectsDropped,
        [ReasonKeys.财政拨款上年] = ProjectsDropped,
        [ReasonKeys.财政拨款预算] = Frugal,
        [ReasonKeys.一般公共预算上年] = "本年增加“小升规”专项奖补资金，导致经费较上年增加",
        [ReasonKeys.一般公共预算预算] = Frugal,
        [ReasonKeys.Item(General, "2060404")] = "本年乌鲁木齐市政务云服务项目资金较上年减少",
        [ReasonKeys.Item(General, "2060499")] = "本年益民大厦信息系统运维项目资金较上年增加",
        [ReasonKeys.Item(General, "2069999")] = "本年新增替代工作经费，导致支出较上年增加",
        [ReasonKeys.Item(General, "2080501")] = "本年退休人员基础绩效奖增加，退休费支出增加",
        [ReasonKeys.Item(General, "2080505")] = "本年在职人员工资基数调增，养老缴费基数上涨，相应支出增加",
        [ReasonKeys.Item(General, "2080506")] = "本年新增退休人员，职业年金缴费支出增加",
        [ReasonKeys.Item(General, "2080801")] = "本年退休死亡人员较上年减少，死亡抚恤支出较上年减少",
        [ReasonKeys.Item(General, "2110301")] = "本年减少冬季清洁取暖项目，导致支出较上年减少",
        [ReasonKeys.Item(General, "2110399")] = "本年增加苇湖梁煤矿关闭法律服务费，导致支出较上年增加",
        [ReasonKeys.Item(General, "2150101")] = "本年增加驻村工作队津贴补贴发放，导致支出较上年增加",
        [ReasonKeys.Item(General, "2150501")] = "本年在职人员减少，相应人员经费较上年减少",
        [ReasonKeys.Item(General, "2150502")] = "本年增加乌鲁木齐市采煤塌陷区地质灾害隐患勘察项目，导致支出较上年增加",
        [ReasonKeys.Item(General, "2150599")] = "本年未支付新疆新光建材有限责任公司自备电厂关停后电力保障线路项目尾款，导致支出较上年减少",
        [ReasonKeys.Item(General, "2150805")] = "本年中小企业发展专项资金支出减少，导致支出较上年减少",
        [ReasonKeys.Item(General, "2150899")] = "本年增加“小升规”专项奖补资金，导致支出较上年增加",
        [ReasonKeys.Item(General, "2240106")] = "本年增加自治区安全生产及应急管理专项经费，导致支出较上年增加",
        [ReasonKeys.政府性基金上年] = ProjectsDropped,
        [ReasonKeys.政府性基金预算] = "本年未安排政府性基金预算财政拨款支出",
        [ReasonKeys.Item("政府性基金", Seed004Items.FundItem)] = ProjectsDropped,
        [ReasonKeys.三公上年] = FrugalVehicles,
        [ReasonKeys.ThreePublicItem("因公出国", false)] =
            "本年因工作需要，经上级部门同意，1人前往乌兹别克斯坦参加2024（第十三届）乌兹别克斯坦-中国新疆商品展览会产生的差旅费、餐食费等",
        [ReasonKeys.ThreePublicItem("公务用车", false)] = FrugalVehicles,
        [ReasonKeys.ThreePublicItem("公务接待", false)] = "本年因业务需求，增加公务接待工作，导致公务接待费较上年增加",
        [ReasonKeys.三公预算] = AsBudgeted,
        [ReasonKeys.ThreePublicItem("因公出国", true)] = AsBudgeted,
        [ReasonKeys.ThreePublicItem("公务用车购置", true)] = "本单位无公务用车购置费",
        [ReasonKeys.ThreePublicItem("公务用车运行", true)] = AsBudgeted,
        [ReasonKeys.ThreePublicItem("公务接待", true)] = AsBudgeted,
        [ReasonKeys.机关运行经费上年] = "本年业务量增加，公用经费增加",
    };

    /// <summary>The blank book's generic keys (empty where the seed needs none) plus the seed's texts.</summary>
    public static ReasonBook Build(ReasonBook blank, IReadOnlyDictionary<string, string> texts)
    {
        var book = blank.ByKey.ToDictionary(e => e.Key, e => e.Value);
        foreach (var (key, text) in texts) book[key] = new TextValue(text, null);
        return new ReasonBook(book);
    }
}
