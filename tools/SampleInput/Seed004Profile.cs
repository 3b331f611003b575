using JuneBudget.Model;

namespace JuneBudget.SampleInput;

/// <summary>
/// 第一部分 单位概况 of seed 004: the 12 主要职能 paragraphs and the 12 科室 verbatim (PDF line
/// breaks joined, the spaces the PDF inserted dropped, the “(1)” numbering left to the 序号
/// column), and the 人员 counts of both years. 2023 reuses the 2024 职能 and 科室 (the seed gives
/// no other; chosen) with the seed's 2023 counts (在职 78, 离休 2, 退休 156).
/// </summary>
internal static class Seed004Profile
{
    public static readonly IReadOnlyList<string> Functions =
    [
        "贯彻执行国家、自治区有关工业和信息化发展等方面的方针、政策和法律、法规，提出我市工业和信息化发展战略和政策建议，并组织实施和监督检查；协调解决工业化和信息化进程中的重大问题；推进信息化和工业化融合。",
        "拟订工业和信息化发展规划、年度计划，根据国家及自治区产业政策，拟订我市产业政策并组织实施和监督检查；指导产业合理布局和结构调整；组织协调重点产业调整和高质量发展规划的拟订与实施。",
        "监测分析工业经济运行态势，调节工业经济运行；拟订工业经济运行调控目标、政策措施并组织实施；统计并发布相关信息，进行预测预警和信息引导；组织协调解决工业经济运行中的重大问题并提出政策建议；负责工业生产要素保障和供需平衡有关工作；负责工业经济运行和产业安全有关工作。",
        "负责工业和信息化领域各行业的管理，组织拟订行业专项规划、技术规范和标准；负责盐业行业管理；负责园区建设协调工作；负责民用爆炸物品安全生产管理；指导、监督工业领域安全生产工作。",
        "负责工业和信息产业及信息化建设的技术改造投资管理；研究和规划技术改造项目投资方向和布局，引导企业、金融机构及社会资金的投向；负责权限内技术改造投资项目备案工作。",
        "组织实施工业和信息化领域技术创新政策措施，推动技术创新和产学研相结合，推进相关科研成果产业化；拟订装备工业发展规划并组织实施；负责推进装备制造产业发展工作；负责实施国家、自治区重大产业技术开发项目；组织实施工业新产品开发、新技术推广等工作。",
        "推进工业和信息化领域体制改革和管理创新；贯彻落实中小企业发展的相关政策措施，负责对中小企业的宏观指导和服务，指导中小企业改革和发展，建立健全服务体系；协调推进专精特新发展等相关工作；负责组织协调减轻企业负担工作。",
        "负责工业节能降耗综合协调和监督管理工作；负责工业节能执法工作；指导工业和信息化领域循环经济发展；组织协调工业和信息化领域清洁生产和节能环保产业发展工作。",
        "指导、协调经济社会各领域信息技术的推广应用工作；统筹指导工业信息安全管理工作；指导电子信息产业的发展；指导电子信息产业制造业、软件业、信息服务业发展；指导电子信息产业基地建设；协调电子信息产业重大专项实施。",
        "负责工业和信息化领域招商引资和经济技术协作交流工作；组织、指导、协调和参与招商引资有关的会展、推介工作；联系、指导各区（县）、开发区、园区有关招商引资和经济技术协作工作。",
        "牵头指导全市非公有制企业党建工作；指导全市工业和信息化领域社会组织党建工作；指导园区（开发区）非公有制企业党建工作。",
        "承办市委、市人民政府交办的其他事项。",
    ];

    public static readonly IReadOnlyList<string> Departments =
    [
        "办公室", "组织人事科", "政策法规科", "经济运行科（园区发展科）", "规划投资与科技质量科", "企业科",
        "安全生产和节能监督科", "化工与装备工业科", "材料工业科", "轻工业科", "电子信息技术科", "招商协作发展科",
    ];

    /// <summary>2024: 实有 221 = 在职 68 + 离休 2 + 退休 151.</summary>
    public static StaffCounts Staff2024 => Staff(221, 68, 2, 151);

    /// <summary>2023: 实有 236 = 在职 78 + 离休 2 + 退休 156 (2024 “减少10人 … 增加0人 … 减少5人”).</summary>
    public static StaffCounts Staff2023 => Staff(236, 78, 2, 156);

    public static UnitProfile Build(StaffCounts staff, StaffCounts? prior) => new(
        [.. Functions.Select(text => new TextValue(text, null))],
        [.. Departments.Select(name => new TextValue(name, null))],
        [],
        staff,
        prior);

    private static StaffCounts Staff(int total, int active, int veteran, int retired) =>
        new(Count(total), Count(active), null, null, Count(veteran), Count(retired));

    public static Quantity Count(decimal value) => new(value, null);
}
