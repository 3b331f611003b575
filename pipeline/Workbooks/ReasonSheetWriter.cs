using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Model;
using K = JuneBudget.Format.ReasonKeys;

namespace JuneBudget.Workbooks;

/// <summary>
/// 主要原因: `键 | 说明 | 主要原因`, one row per key of the model's <see cref="ReasonBook"/>, in
/// the order the document states the comparisons (per-项 keys after their fund's keys). The 说明
/// column tells the department which comparison each key is about.
/// </summary>
internal static class ReasonSheetWriter
{
    private static readonly string[] Order =
    [
        K.收支总体上年, K.收入总计上年, K.支出总计上年, K.财政拨款上年, K.财政拨款收入上年, K.财政拨款支出上年,
        K.财政拨款预算, K.财政拨款收入预算, K.财政拨款支出预算, K.一般公共预算上年, K.一般公共预算预算,
        K.政府性基金上年, K.政府性基金预算, K.国有资本经营上年, K.国有资本经营预算,
        K.三公上年, K.ThreePublicItem("因公出国", false), K.ThreePublicItem("公务用车", false),
        K.ThreePublicItem("公务接待", false), K.三公预算, K.ThreePublicItem("因公出国", true),
        K.ThreePublicItem("公务用车购置", true), K.ThreePublicItem("公务用车运行", true),
        K.ThreePublicItem("公务接待", true), K.机关运行经费上年,
    ];

    private static readonly Dictionary<string, (string Fund, TableKind Kind, string LastKey)> Funds = new()
    {
        ["一般公共预算"] = ("一般公共预算财政拨款支出", TableKind.GeneralBudget, K.一般公共预算预算),
        ["政府性基金"] = ("政府性基金预算财政拨款支出", TableKind.GovernmentFund, K.政府性基金预算),
        ["国有资本经营"] = ("国有资本经营预算财政拨款支出", TableKind.StateCapital, K.国有资本经营预算),
    };

    public static void Write(XLWorkbook workbook, BudgetWorkbook model)
    {
        var sheet = workbook.Worksheets.Add(SheetNames.主要原因);
        CellWriter.Title(sheet, SheetNames.主要原因, 3);
        CellWriter.Instructions(sheet,
            "每个键对应说明中的一处比较（与上年相比、与预算相比）。“主要原因”列只写原因本身，不写“主要原因是：”，句末不加句号。" +
            "按项比较的键为“一般公共预算.7位科目编码.上年”等，可自行增加行；生成说明时缺少的键会列在审核清单中。", 3);
        CellWriter.Header(sheet, 3, 1, "键");
        CellWriter.Header(sheet, 3, 2, "说明");
        CellWriter.Header(sheet, 3, 3, "主要原因");
        var row = 4;
        foreach (var (key, text) in model.Reasons.ByKey.OrderBy(e => Rank(e.Key)).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            CellWriter.Text(sheet.Cell(row, 1), key);
            CellWriter.Text(sheet.Cell(row, 2), Describe(key, model));
            CellWriter.Text(sheet.Cell(row, 3), text.Value);
            row++;
        }
        CellWriter.Grid(sheet, 3, 1, row - 1, 3);
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Column(3).Style.Alignment.WrapText = true;
        CellWriter.Widths(sheet, 30, 50, 80);
    }

    private static double Rank(string key)
    {
        var index = Array.IndexOf(Order, key);
        if (index >= 0) return index;
        var parts = key.Split('.');
        return parts.Length == 3 && Funds.TryGetValue(parts[0], out var fund)
            ? Array.IndexOf(Order, fund.LastKey) + 0.5
            : Order.Length;
    }

    /// <summary>What a key compares, in words a finance officer recognises.</summary>
    public static string Describe(string key, BudgetWorkbook model)
    {
        var parts = key.Split('.');
        if (parts.Length == 3 && Funds.TryGetValue(parts[0], out var fund) && parts[2] == "上年")
        {
            var name = model.Tables[fund.Kind].Row(parts[1])?.Label
                ?? model.PriorYearSheet?.GeneralBudgetItems.Concat(model.PriorYearSheet.GovernmentFundItems)
                    .Concat(model.PriorYearSheet.StateCapitalItems).FirstOrDefault(i => i.Code == parts[1])?.Name;
            return $"{fund.Fund}{parts[1]}{(name is null ? "" : " " + name)}（项）与上年决算相比";
        }
        if (parts is ["三公", var item, var against])
            return $"“三公”经费中{ItemName(item)}{Against(against)}";
        if (parts.Length != 2) return "";
        var subject = parts[0] switch
        {
            "收入支出总体" => "收入支出总体",
            "三公" => "财政拨款“三公”经费支出",
            "一般公共预算" => "一般公共预算财政拨款支出",
            "政府性基金" => "政府性基金预算财政拨款收入支出",
            "国有资本经营" => "国有资本经营预算财政拨款收入支出",
            "财政拨款" => "财政拨款收入支出总体",
            var other => other,
        };
        return subject + Against(parts[1]);
    }

    private static string ItemName(string item) => item switch
    {
        "因公出国" => "因公出国（境）费",
        "公务用车" => "公务用车购置及运行维护费",
        "公务用车购置" => "公务用车购置费",
        "公务用车运行" => "公务用车运行维护费",
        "公务接待" => "公务接待费",
        _ => item,
    };

    private static string Against(string against) => against == "预算" ? "与预算数（年初/全年）相比的差异" : "与上年相比的增减";
}
