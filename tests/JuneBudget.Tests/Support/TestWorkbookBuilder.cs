using ClosedXML.Excel;
using JuneBudget.Format;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Builds input workbooks with ClosedXML in the canonical layout of docs/workbook-format.md, one
/// sheet at a time, so tests can write a complete workbook or a deliberately messy variant.
/// Tables can start at any cell (row/col offsets) to test tolerance of extra blank rows and columns.
/// </summary>
internal sealed class TestWorkbookBuilder : IDisposable
{
    public XLWorkbook Book { get; } = new();

    public void Dispose() => Book.Dispose();

    /// <summary>Writes values left to right from (row, col); null leaves a cell blank.</summary>
    public static void Put(IXLWorksheet ws, int row, int col, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } v) ws.Cell(row, col + i).Value = v;
    }

    public string Save(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        Book.SaveAs(path);
        return path;
    }

    /// <summary>A workbook with only its cover filled (单位类型 单位, 行政单位).</summary>
    public static TestWorkbookBuilder WithCover(string unit = "测试局(本级)", int year = 2024, string? amountUnit = null)
    {
        var b = new TestWorkbookBuilder();
        b.Cover(unit, year, amountUnit);
        return b;
    }

    public static TestWorkbookBuilder Canonical(string unit = "测试局(本级)", int year = 2024, decimal scale = 1m)
    {
        var b = WithCover(unit, year);
        b.ListSheet(SheetNames.主要职能, "主要职能", ["负责全市工业发展规划。", "负责信息化建设。"]);
        b.ListSheet(SheetNames.内设机构, "机构名称", ["办公室", "规划科"]);
        b.Staff();
        b.Table01(scale: scale);
        b.Table02();
        b.Table03();
        b.Table04();
        b.Table05();
        b.Table06();
        b.FundTable("公开07表", "政府性基金预算财政拨款收入支出决算表", [("合计", null, 0m, 30m, 25m, 0m, 25m, 5m), ("2290402", "其他地方自行试点项目收益专项债券收入安排的支出", null, null, 25m, 0m, 25m, null)]);
        b.FundTable("公开08表", "国有资本经营预算财政拨款收入支出决算表", [("合计", null, null, null, null, null, null, null)]);
        b.Table09();
        b.KeyValue(SheetNames.预算数, WorkbookFields.Budgets, k => k switch
        {
            WorkbookFields.财政拨款收入年初预算数 => 7444.13m,
            WorkbookFields.财政拨款支出年初预算数 => 7444.13m,
            WorkbookFields.一般公共预算财政拨款支出年初预算数 => 7400.00m,
            _ => 0m,
        });
        b.KeyValue(SheetNames.三公统计, WorkbookFields.ThreePublicStats, k => k switch
        {
            WorkbookFields.公务用车保有量 => 2,
            WorkbookFields.公务接待批次 => 3,
            WorkbookFields.公务接待人次 => 25,
            WorkbookFields.公务用车运行维护费开支内容 => "车辆加油费、维修费",
            _ => k.Contains("内容", StringComparison.Ordinal) || k.Contains("原因", StringComparison.Ordinal) ? null : 0,
        });
        b.KeyValue(SheetNames.其他事项, WorkbookFields.OtherMatters, k => k switch
        {
            WorkbookFields.机关运行经费 => 400.00m,
            WorkbookFields.政府采购支出总额 => 90m,
            WorkbookFields.政府采购货物支出 => 60m,
            WorkbookFields.政府采购服务支出 => 30m,
            WorkbookFields.房屋面积 => 1234.5m,
            WorkbookFields.车辆数 => 2,
            "其他用车" => 2,
            WorkbookFields.其他用车说明 => "一般公务用车",
            WorkbookFields.机关运行经费行政 or WorkbookFields.机关运行经费事业 or WorkbookFields.固定资产原值 => null,
            _ => 0,
        });
        b.KeyValue(SheetNames.预算绩效, WorkbookFields.Performance, k => k switch
        {
            WorkbookFields.绩效评价项目数 => 2,
            WorkbookFields.绩效评价全年预算数 => 120m,
            WorkbookFields.绩效评价全年执行数 => 118.5m,
            WorkbookFields.绩效成效 => "一是……",
            WorkbookFields.绩效问题 => "一是……",
            WorkbookFields.绩效改进 => "一是……",
            _ => null,
        });
        b.Projects([("工业发展专项", 100m, 98.5m, "98.50%"), ("信息化建设", 20m, 20m, "100.00%")]);
        b.Indicators([("工业发展专项", "产出指标", "数量指标", "扶持企业数"), ("信息化建设", "产出指标", "质量指标", "系统可用率"), ("工业发展专项", "效益指标", "经济效益指标", "带动产值")]);
        b.Reasons([("收入支出总体.上年", "主要原因是项目资金增加。"), ("一般公共预算.2150501.上年", "人员调整。")]);
        return b;
    }

    public IXLWorksheet Sheet(string name) => Book.Worksheets.TryGetWorksheet(name, out var ws) ? ws : Book.AddWorksheet(name);

    public void Cover(string unit, int year, string? amountUnit = null, string type = "单位")
    {
        KeyValue(SheetNames.封面, WorkbookFields.Cover, k => k switch
        {
            WorkbookFields.单位名称 => unit,
            WorkbookFields.年度 => year,
            WorkbookFields.单位类型 => type,
            WorkbookFields.自称 => "本单位",
            WorkbookFields.单位性质 => "行政单位",
            WorkbookFields.金额单位 => amountUnit,
            _ => null,
        });
    }

    /// <summary>Row 1 title, row 2 instructions, row 3 `项目 | 内容 | 填写说明`, one field per row.</summary>
    public IXLWorksheet KeyValue(string sheet, IReadOnlyList<FieldSpec> fields, Func<string, object?> value)
    {
        var ws = Sheet(sheet);
        Put(ws, 1, 1, sheet);
        Put(ws, 2, 1, "请在B列填写；金额与封面的金额单位一致。");
        Put(ws, 3, 1, "项目", "内容", "填写说明");
        for (var i = 0; i < fields.Count; i++)
            Put(ws, 4 + i, 1, fields[i].Key, value(fields[i].Key), fields[i].Help);
        return ws;
    }

    public void ListSheet(string sheet, string label, IReadOnlyList<string> items)
    {
        var ws = Sheet(sheet);
        Put(ws, 1, 1, sheet);
        Put(ws, 2, 1, "序号", label);
        for (var i = 0; i < items.Count; i++) Put(ws, 3 + i, 1, i + 1, items[i]);
    }

    public void Staff()
    {
        var ws = Sheet(SheetNames.人员情况);
        Put(ws, 1, 1, "人员情况");
        Put(ws, 2, 1, "项目", "本年", "上年");
        Put(ws, 3, 1, WorkbookFields.实有人数, 50, 60);
        Put(ws, 4, 1, WorkbookFields.在职人员, 40, 50);
        Put(ws, 5, 1, WorkbookFields.在职行政, 30, null);
        Put(ws, 6, 1, WorkbookFields.在职事业, 10, null);
        Put(ws, 7, 1, WorkbookFields.离休人员, 0, 0);
        Put(ws, 8, 1, WorkbookFields.退休人员, 10, 10);
    }

    /// <summary>Rows 1–3: title (merged), code at the right, 部门 and 金额单位.</summary>
    private IXLWorksheet TitleRows(string sheet, string code, string title, int r0, int c0, int width, string unit = "万元")
    {
        var ws = Sheet(sheet);
        Put(ws, r0, c0, title);
        ws.Range(r0, c0, r0, c0 + width - 1).Merge();
        Put(ws, r0 + 1, c0 + width - 1, code);
        Put(ws, r0 + 2, c0, "部门：测试局(本级)");
        Put(ws, r0 + 2, c0 + width - 1, $"金额单位：{unit}");
        return ws;
    }

    public static readonly (string Label, decimal? Amount)[] Income01 =
    [
        ("一、一般公共预算财政拨款收入", 7138.31m), ("二、政府性基金预算财政拨款收入", 30m), ("三、国有资本经营预算财政拨款收入", null),
        ("四、上级补助收入", null), ("五、事业收入", null), ("六、经营收入", null), ("七、附属单位上缴收入", null), ("八、其他收入", 1.2m),
    ];

    public IXLWorksheet Table01(string sheet = "公开01表", int r0 = 1, int c0 = 1, decimal scale = 1m, string title = "收入支出决算总表", string code = "公开01表")
    {
        var ws = TitleRows(sheet, code, title, r0, c0, 6, scale == 1m ? "万元" : "元");
        Put(ws, r0 + 3, c0, "收入", null, null, "支出");
        ws.Range(r0 + 3, c0, r0 + 3, c0 + 2).Merge();
        ws.Range(r0 + 3, c0 + 3, r0 + 3, c0 + 5).Merge();
        Put(ws, r0 + 4, c0, "项目", "行次", "金额", "项目", "行次", "金额");
        Put(ws, r0 + 5, c0, "栏次", null, 1, "栏次", null, 2);
        var r = r0 + 6;
        var classes = FunctionClasses.All;
        for (var i = 0; i < classes.Count; i++, r++)
        {
            if (i < Income01.Length) Put(ws, r, c0, Income01[i].Label, i + 1, Scaled(Income01[i].Amount, scale));
            var amount = classes[i].Code switch { "201" => 100.00m, "206" => 500.25m, "215" => 6400.06m, _ => (decimal?)null };
            Put(ws, r, c0 + 3, $"{ChineseNumerals.Ordinal(i + 1)}、{classes[i].Name}", 30 + i, Scaled(amount, scale));
        }
        Put(ws, r++, c0, "本年收入合计", null, Scaled(7169.51m, scale), "本年支出合计", null, Scaled(7000.31m, scale));
        Put(ws, r++, c0, "使用非财政拨款结余（含专用结余）", null, null, "结余分配", null, null);
        Put(ws, r++, c0, "年初结转和结余", null, Scaled(120.5m, scale), "年末结转和结余", null, Scaled(289.70m, scale));
        Put(ws, r, c0, "总计", null, Scaled(7290.01m, scale), "总计", null, Scaled(7290.01m, scale));
        return ws;
    }

    private static object? Scaled(decimal? amount, decimal scale) => amount is { } a ? (double)(a * scale) : null;

    public IXLWorksheet Table04(string sheet = "公开04表")
    {
        var ws = TitleRows(sheet, "公开04表", "财政拨款收入支出决算总表", 1, 1, 9);
        Put(ws, 4, 1, "收入", null, null, "支出");
        ws.Range(4, 1, 4, 3).Merge();
        ws.Range(4, 4, 4, 9).Merge();
        Put(ws, 5, 1, "项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
        Put(ws, 6, 1, "栏次", null, 1, "栏次", null, 2, 3, 4, 5);
        (string, double?)[] left =
        [
            ("一、一般公共预算财政拨款", 7138.31), ("二、政府性基金预算财政拨款", 30), ("三、国有资本经营预算财政拨款", null),
        ];
        var r = 7;
        var classes = FunctionClasses.All;
        for (var i = 0; i < classes.Count; i++, r++)
        {
            if (i < left.Length) Put(ws, r, 1, left[i].Item1, i + 1, left[i].Item2);
            var amount = classes[i].Code switch { "201" => 100.00, "206" => 500.25, "215" => 6375.06, "229" => 25, _ => (double?)null };
            Put(ws, r, 4, $"{ChineseNumerals.Ordinal(i + 1)}、{classes[i].Name}", 30 + i, amount, classes[i].Code == "229" ? null : amount, classes[i].Code == "229" ? amount : null);
        }
        Put(ws, r++, 1, "本年收入合计", null, 7168.31, "本年支出合计", null, 7000.31, 6975.31, 25, null);
        Put(ws, r++, 1, "年初财政拨款结转和结余", null, 120.5, "年末财政拨款结转和结余", null, 288.5, 283.5, 5, null);
        Put(ws, r++, 1, "一、一般公共预算财政拨款", null, 120.5);
        Put(ws, r++, 1, "二、政府性基金预算财政拨款", null, null);
        Put(ws, r++, 1, "三、国有资本经营预算财政拨款", null, null);
        Put(ws, r, 1, "总计", null, 7288.81, "总计", null, 7288.81, 7258.81, 30, null);
        return ws;
    }

    /// <summary>A coded table: row 4 `项目` over code+name and headers, row 5 codes/children, row 6 栏次, then rows.</summary>
    public IXLWorksheet Coded(string sheet, string code, string title, IReadOnlyList<(string Header, string? Parent)> columns,
        IReadOnlyList<object?[]> rows, int r0 = 1, int c0 = 1)
    {
        var width = 2 + columns.Count;
        var ws = TitleRows(sheet, code, title, r0, c0, width);
        Put(ws, r0 + 3, c0, "项目");
        ws.Range(r0 + 3, c0, r0 + 3, c0 + 1).Merge();
        Put(ws, r0 + 4, c0, "科目编码", "科目名称");
        for (var i = 0; i < columns.Count; i++)
        {
            var col = c0 + 2 + i;
            if (columns[i].Parent is { } parent)
            {
                Put(ws, r0 + 3, col, parent);
                Put(ws, r0 + 4, col, columns[i].Header);
                var span = columns.Skip(i).TakeWhile(c => c.Parent == parent).Count();
                if (i == 0 || columns[i - 1].Parent != parent) ws.Range(r0 + 3, col, r0 + 3, col + span - 1).Merge();
            }
            else
            {
                Put(ws, r0 + 3, col, columns[i].Header);
                ws.Range(r0 + 3, col, r0 + 4, col).Merge();
            }
        }
        Put(ws, r0 + 5, c0, "栏次");
        for (var i = 0; i < columns.Count; i++) Put(ws, r0 + 5, c0 + 2 + i, i + 1);
        for (var i = 0; i < rows.Count; i++) Put(ws, r0 + 6 + i, c0, rows[i]);
        return ws;
    }

    public IXLWorksheet Table02() => Coded("公开02表", "公开02表", "收入决算表",
        [("本年收入合计", null), ("财政拨款收入", null), ("上级补助收入", null), ("事业收入", null), ("经营收入", null), ("附属单位上缴收入", null), ("其他收入", null)],
        [["合计", null, 7169.51, 7168.31, null, null, null, null, 1.2], ["215", "资源勘探工业信息等支出", 6400.06, 6400.06], ["21505", "工业和信息产业监管", 6400.06, 6400.06], ["2150501", "行政运行", 1400.06, 1400.06]]);

    public IXLWorksheet Table03() => Coded("公开03表", "公开03表", "支出决算表",
        [("本年支出合计", null), ("基本支出", null), ("项目支出", null), ("上缴上级支出", null), ("经营支出", null), ("对附属单位补助支出", null)],
        [["合计", null, 7000.31, 2000, 5000.31], ["215", "资源勘探工业信息等支出", 6400.06, 1400.06, 5000]]);

    public IXLWorksheet Table05(string sheet = "公开05表", int r0 = 1, int c0 = 1) => Coded(sheet, "公开05表", "一般公共预算财政拨款支出决算表",
        [("合计", "本年支出"), ("基本支出", "本年支出"), ("项目支出", "本年支出")],
        [
            ["合计", null, 6975.31, 2000, 4975.31],
            ["201", "一般公共服务支出", 100, null, 100], ["20103", "政府办公厅（室）及相关机构事务", 100, null, 100], ["2010302", "一般行政管理事务", 100, null, 100],
            ["215", "资源勘探工业信息等支出", 6375.06, 2000, 4375.06], ["21505", "工业和信息产业监管", 6375.06, 2000, 4375.06],
            ["2150501", "行政运行", 2000, 2000, null], ["2150599", "其他工业和信息产业监管支出", 4375.06, null, 4375.06],
            ["206", "科学技术支出", 500.25, null, 500.25], ["20604", "技术研究与开发", 500.25, null, 500.25], ["2060499", "其他技术研究与开发支出", 500.25, null, 500.25],
        ], r0, c0);

    public IXLWorksheet FundTable(string code, string title, IReadOnlyList<(string Code, string? Name, decimal? Opening, decimal? Income, decimal? Spent, decimal? Basic, decimal? Project, decimal? Closing)> rows) =>
        Coded(code, code, title,
            [("年初结转和结余", null), ("本年收入", null), ("小计", "本年支出"), ("基本支出", "本年支出"), ("项目支出", "本年支出"), ("年末结转和结余", null)],
            [.. rows.Select(r => new object?[] { r.Code, r.Name, D(r.Opening), D(r.Income), D(r.Spent), D(r.Basic), D(r.Project), D(r.Closing) })]);

    private static object? D(decimal? d) => d is { } v ? (double)v : null;

    public IXLWorksheet Table06(string sheet = "公开06表")
    {
        var ws = TitleRows(sheet, "公开06表", "一般公共预算财政拨款基本支出决算表", 1, 1, 6);
        Put(ws, 4, 1, "人员经费", null, null, "公用经费");
        ws.Range(4, 1, 4, 3).Merge();
        ws.Range(4, 4, 4, 6).Merge();
        Put(ws, 5, 1, "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数");
        Put(ws, 6, 1, "301", "工资福利支出", 1500, "302", "商品和服务支出", 350);
        Put(ws, 7, 1, "30101", "基本工资", 800, "30201", "办公费", 350);
        Put(ws, 8, 1, "30102", "津贴补贴", 700, "310", "资本性支出", 50);
        Put(ws, 9, 1, "303", "对个人和家庭的补助", 100, "31002", "办公设备购置", 50);
        Put(ws, 10, 1, "30302", "退休费", 100);
        Put(ws, 11, 1, "人员经费合计", null, 1600, "公用经费合计", null, 400);
        return ws;
    }

    public static readonly double[] ThreePublicBudget = [17.92, 5, 10.92, 0, 10.92, 2];
    public static readonly double[] ThreePublicActual = [15, 4, 9.5, 0, 9.5, 1.5];

    public IXLWorksheet Table09(string sheet = "公开09表", string title = "财政拨款“三公”经费支出决算表", bool longNames = false)
    {
        var ws = TitleRows(sheet, "公开09表", title, 1, 1, 12);
        var vehicle = longNames ? "公务用车购置及运行维护费" : "公务用车购置及运行费";
        var running = longNames ? "公务用车运行维护费" : "公务用车运行费";
        for (var block = 0; block < 2; block++)
        {
            var c = 1 + block * 6;
            Put(ws, 4, c, block == 0 ? "预算数" : "决算数");
            ws.Range(4, c, 4, c + 5).Merge();
            Put(ws, 5, c, "合计", "因公出国（境）费", vehicle, null, null, "公务接待费");
            ws.Range(5, c + 2, 5, c + 4).Merge();
            foreach (var k in new[] { 0, 1, 5 }) ws.Range(5, c + k, 6, c + k).Merge();
            Put(ws, 6, c + 2, "小计", "公务用车购置费", running);
        }
        for (var i = 0; i < 12; i++) Put(ws, 7, 1 + i, i + 1);
        Put(ws, 8, 1, [.. ThreePublicBudget.Cast<object?>(), .. ThreePublicActual.Cast<object?>()]);
        return ws;
    }

    public void Projects(IReadOnlyList<(string Name, decimal Budget, decimal Executed, string Rate)> projects)
    {
        var ws = Sheet(SheetNames.绩效自评项目);
        string[] header =
        [
            "项目名称", "主管部门", "实施单位",
            "年度资金总额_年初预算数", "年度资金总额_全年预算数", "年度资金总额_全年执行数",
            "当年财政拨款_年初预算数", "当年财政拨款_全年预算数", "当年财政拨款_全年执行数",
            "上年结转资金_年初预算数", "上年结转资金_全年预算数", "上年结转资金_全年执行数",
            "其他资金_年初预算数", "其他资金_全年预算数", "其他资金_全年执行数",
            "资金分值", "执行率", "资金得分", "预期目标", "实际完成情况", "总分",
        ];
        Put(ws, 1, 1, [.. header]);
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            Put(ws, 2 + i, 1, p.Name, "测试局", "测试局(本级)", (double)p.Budget, (double)p.Budget, (double)p.Executed,
                (double)p.Budget, (double)p.Budget, (double)p.Executed, null, null, null, null, null, null, 10, p.Rate, 9.85, "目标", "完成", 95.5);
        }
    }

    public void Indicators(IReadOnlyList<(string Project, string L1, string L2, string L3)> rows)
    {
        var ws = Sheet(SheetNames.绩效自评指标);
        Put(ws, 1, 1, "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        for (var i = 0; i < rows.Count; i++)
            Put(ws, 2 + i, 1, rows[i].Project, rows[i].L1, rows[i].L2, rows[i].L3, "≥10家", "12家", 10, 10, null);
    }

    public void Reasons(IReadOnlyList<(string Key, string Reason)> rows)
    {
        var ws = Sheet(SheetNames.主要原因);
        Put(ws, 1, 1, "主要原因");
        Put(ws, 2, 1, "键", "说明", "主要原因");
        for (var i = 0; i < rows.Count; i++) Put(ws, 3 + i, 1, rows[i].Key, "说明", rows[i].Reason);
    }
}
