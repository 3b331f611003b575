namespace JuneBudget.Format;

/// <summary>The fields of the key–value sheets. The label is the key a department sees and fills.</summary>
public static class WorkbookFields
{
    public const string 单位名称 = "单位名称";
    public const string 年度 = "年度";
    public const string 公开格式 = "公开格式";
    public const string 单位类型 = "单位类型";
    public const string 自称 = "自称";
    public const string 单位性质 = "单位性质";
    public const string 金额单位 = "金额单位";

    public static readonly IReadOnlyList<string> UnitNatures =
        ["行政单位", "参照公务员法管理事业单位", "事业单位", "企业", "其他"];

    /// <summary>决算单位构成: each unit's running cost (机关运行经费 / 日常公用经费 / 日常运行经费 by its 单位性质), optional.</summary>
    public const string 运行经费本年 = "运行经费本年";
    public const string 运行经费上年 = "运行经费上年";

    /// <summary>
    /// Which running cost a unit reports, by its 单位性质 (templates word each kind):
    /// administrative (行政单位, 参公: 机关运行经费), institution (事业单位: 日常公用经费), enterprise, other.
    /// </summary>
    public static string NatureKind(string nature) => nature.Trim() switch
    {
        "行政单位" or "参照公务员法管理事业单位" => "administrative",
        "事业单位" => "institution",
        "企业" => "enterprise",
        _ => "other",
    };

    public static readonly IReadOnlyList<FieldSpec> Cover =
    [
        new(单位名称, FieldKind.Text, true, "单位全称，与公开说明标题一致，如：乌鲁木齐市工业和信息化局(本级)"),
        new(年度, FieldKind.Quantity, true, "决算年度，四位数字，如：2024"),
        new(公开格式, FieldKind.Text, false, "公开说明的格式年度（templates/公开说明 下的文件夹名，如 2023）；留空则用不晚于决算年度的最新格式"),
        new(单位类型, FieldKind.Choice, true, "“单位”：无下属预算单位；“部门”：含本级及所属单位", ["单位", "部门"]),
        new(自称, FieldKind.Choice, false, "说明中单位的自称，默认“本单位”", ["本单位", "我单位", "本部门", "我部门"]),
        new(单位性质, FieldKind.Choice, true, "本级的单位性质（决定机关运行经费的说法）", UnitNatures),
        new(金额单位, FieldKind.Choice, false, "本工作簿金额的单位，默认万元；表头写明“金额单位：元”的表以表头为准", ["万元", "元"]),
    ];

    public const string 实有人数 = "实有人数";
    public const string 在职人员 = "在职人员";
    public const string 在职行政 = "其中：行政编制";
    public const string 在职事业 = "其中：事业编制";
    public const string 离休人员 = "离休人员";
    public const string 退休人员 = "退休人员";

    /// <summary>人员情况: label | 本年 | 上年.</summary>
    public static readonly IReadOnlyList<string> Staff = [实有人数, 在职人员, 在职行政, 在职事业, 离休人员, 退休人员];

    public const string 财政拨款收入年初预算数 = "财政拨款收入年初预算数";
    public const string 财政拨款支出年初预算数 = "财政拨款支出年初预算数";
    public const string 一般公共预算财政拨款支出年初预算数 = "一般公共预算财政拨款支出年初预算数";
    public const string 政府性基金预算财政拨款支出年初预算数 = "政府性基金预算财政拨款支出年初预算数";
    public const string 国有资本经营预算财政拨款支出年初预算数 = "国有资本经营预算财政拨款支出年初预算数";

    public static readonly IReadOnlyList<FieldSpec> Budgets =
    [
        new(财政拨款收入年初预算数, FieldKind.Amount, true, "财政拨款收入的年初预算数"),
        new(财政拨款支出年初预算数, FieldKind.Amount, true, "财政拨款支出的年初预算数（第二部分四与之比较）"),
        new(一般公共预算财政拨款支出年初预算数, FieldKind.Amount, true, "一般公共预算财政拨款支出的年初预算数（第二部分五(一)与之比较）"),
        new(政府性基金预算财政拨款支出年初预算数, FieldKind.Amount, false, "政府性基金预算财政拨款支出的年初预算数，无则填0"),
        new(国有资本经营预算财政拨款支出年初预算数, FieldKind.Amount, false, "国有资本经营预算财政拨款支出的年初预算数，无则填0"),
    ];

    public const string 因公出国团组数 = "因公出国（境）团组数";
    public const string 因公出国人次 = "因公出国（境）人次";
    public const string 因公出国开支内容 = "因公出国（境）费开支内容";
    public const string 公务用车购置数 = "公务用车购置数";
    public const string 公务用车保有量 = "公务用车保有量";
    public const string 公务用车运行维护费开支内容 = "公务用车运行维护费开支内容";
    public const string 公务接待批次 = "国内公务接待批次";
    public const string 公务接待人次 = "国内公务接待人次";
    public const string 公务接待开支内容 = "公务接待费开支内容";
    public const string 车辆差异原因 = "固定资产车辆数与公务用车保有量差异原因";

    public static readonly IReadOnlyList<FieldSpec> ThreePublicStats =
    [
        new(因公出国团组数, FieldKind.Quantity, true, "个"),
        new(因公出国人次, FieldKind.Quantity, true, "人次"),
        new(因公出国开支内容, FieldKind.Text, false, "开支内容，如：差旅费、餐食费等；无支出可留空"),
        new(公务用车购置数, FieldKind.Quantity, true, "辆"),
        new(公务用车保有量, FieldKind.Quantity, true, "辆"),
        new(公务用车运行维护费开支内容, FieldKind.Text, false, "如：车辆加油费、维修费、保险费、审车费、过路费等"),
        new(公务接待批次, FieldKind.Quantity, true, "批次"),
        new(公务接待人次, FieldKind.Quantity, true, "人次"),
        new(公务接待开支内容, FieldKind.Text, false, "开支内容；无支出可留空"),
        new(车辆差异原因, FieldKind.Text, false, "国有资产中的车辆数与公务用车保有量不同时必填"),
    ];

    public const string 机关运行经费 = "机关运行经费";
    public const string 机关运行经费行政 = "机关运行经费（行政单位和参公单位）";
    public const string 机关运行经费事业 = "机关运行经费（事业单位）";
    public const string 政府采购支出总额 = "政府采购支出总额";
    public const string 政府采购货物支出 = "政府采购货物支出";
    public const string 政府采购工程支出 = "政府采购工程支出";
    public const string 政府采购服务支出 = "政府采购服务支出";
    public const string 授予中小企业合同金额 = "授予中小企业合同金额";
    public const string 授予小微企业合同金额 = "授予小微企业合同金额";
    public const string 固定资产原值 = "固定资产原值";
    public const string 房屋面积 = "房屋面积（平方米）";
    public const string 房屋价值 = "房屋价值";
    public const string 车辆数 = "车辆数（辆）";
    public const string 车辆价值 = "车辆价值";
    public const string 其他用车说明 = "其他用车主要是";
    public const string 大型设备数 = "单价100万元（含）以上设备（不含车辆）（台套）";

    /// <summary>The eight vehicle categories of 国有资产占用情况 (2024 names).</summary>
    public static readonly IReadOnlyList<string> VehicleCategories =
    [
        "副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车",
        "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车",
    ];

    public static readonly IReadOnlyList<FieldSpec> OtherMatters =
    [
        new(机关运行经费, FieldKind.Amount, true, "本年机关运行经费支出"),
        new(机关运行经费行政, FieldKind.Amount, false, "部门同时有事业单位时分别填写"),
        new(机关运行经费事业, FieldKind.Amount, false, "部门同时有事业单位时分别填写"),
        new(政府采购支出总额, FieldKind.Amount, true, "货物 + 工程 + 服务"),
        new(政府采购货物支出, FieldKind.Amount, true, ""),
        new(政府采购工程支出, FieldKind.Amount, true, ""),
        new(政府采购服务支出, FieldKind.Amount, true, ""),
        new(授予中小企业合同金额, FieldKind.Amount, true, ""),
        new(授予小微企业合同金额, FieldKind.Amount, true, "不大于授予中小企业合同金额"),
        new(固定资产原值, FieldKind.Amount, false, "2022及以前格式使用"),
        new(房屋面积, FieldKind.Quantity, true, "截至12月31日"),
        new(房屋价值, FieldKind.Amount, true, ""),
        new(车辆数, FieldKind.Quantity, true, "等于下列八类车辆之和"),
        new(车辆价值, FieldKind.Amount, true, ""),
        .. VehicleCategories.Select(c => new FieldSpec(c, FieldKind.Quantity, true, "辆")),
        new(其他用车说明, FieldKind.Text, false, "有其他用车时填写，如：一般公务用车和单位业务用车"),
        new(大型设备数, FieldKind.Quantity, true, "台（套）"),
    ];

    public const string 绩效评价项目数 = "预算绩效评价项目数";
    public const string 绩效评价全年预算数 = "预算绩效评价全年预算数";
    public const string 绩效评价全年执行数 = "预算绩效评价全年执行数";
    public const string 绩效成效 = "预算绩效管理取得的成效";
    public const string 绩效问题 = "发现的问题及原因";
    public const string 绩效改进 = "下一步改进措施";
    public const string 其他事项项目类别 = "其他需说明的事项：项目类别";
    public const string 其他事项项目数 = "其他需说明的事项：项目数";
    public const string 其他事项全年预算数 = "其他需说明的事项：全年预算数";
    public const string 其他事项全年执行数 = "其他需说明的事项：全年执行数";
    public const string 其他事项说明 = "其他需说明的事项：说明";

    public static readonly IReadOnlyList<FieldSpec> Performance =
    [
        new(绩效评价项目数, FieldKind.Quantity, true, "含附表中的项目和下面“其他需说明的事项”中的项目"),
        new(绩效评价全年预算数, FieldKind.Amount, true, "同上口径"),
        new(绩效评价全年执行数, FieldKind.Amount, true, "同上口径"),
        new(绩效成效, FieldKind.Text, true, "如：一是……；二是……"),
        new(绩效问题, FieldKind.Text, true, "如：一是……；二是……"),
        new(绩效改进, FieldKind.Text, true, "如：一是……；二是……"),
        new(其他事项项目类别, FieldKind.Text, false, "未附自评表的项目的类别，如：SM"),
        new(其他事项项目数, FieldKind.Quantity, false, "个"),
        new(其他事项全年预算数, FieldKind.Amount, false, ""),
        new(其他事项全年执行数, FieldKind.Amount, false, ""),
        new(其他事项说明, FieldKind.Text, false, "其他需要说明的情况；没有则留空"),
    ];
}
