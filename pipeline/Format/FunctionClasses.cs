namespace JuneBudget.Format;

/// <summary>
/// The 26 类 of 政府收支分类 功能分类 as printed on the expenditure half of 公开01表 and 公开04表
/// (statutory-tables.md §2). The 款 and 项 names are not listed here: they come from the
/// workbook's own 科目名称 cells.
/// </summary>
public static class FunctionClasses
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
        ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"),
        ("208", "社会保障和就业支出"), ("210", "卫生健康支出"), ("211", "节能环保支出"),
        ("212", "城乡社区支出"), ("213", "农林水支出"), ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"),
        ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"), ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"),
        ("229", "其他支出"), ("231", "债务还本支出"), ("232", "债务付息支出"), ("234", "抗疫特别国债安排的支出"),
    ];

    /// <summary>The code of a 类 name (numbering such as “十四、” already stripped), or null.</summary>
    public static string? CodeOf(string name) => All.FirstOrDefault(c => c.Name == name).Code;

    /// <summary>The name of a 类 code, or null.</summary>
    public static string? NameOf(string code) => All.FirstOrDefault(c => c.Code == code).Name;
}
