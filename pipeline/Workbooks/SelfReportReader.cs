using JuneBudget.Format;
using JuneBudget.Model;
using F = JuneBudget.Format.SelfReportFields;

namespace JuneBudget.Workbooks;

/// <summary>
/// 整体自评, 整体自评-项目 and 整体自评-指标 → <see cref="SelfReportInput"/>, with the same tolerance
/// and findings as the other sheets (labels normalised, missing required fields and columns
/// reported). A workbook without the 整体自评 sheet gives null and no finding: the unit publishes
/// the 公开说明 only.
/// </summary>
internal static class SelfReportReader
{
    public static SelfReportInput? Read(CellReader cells, Func<string, SheetReader?> sheetOf, decimal coverDivisor)
    {
        var sheet = sheetOf(SheetNames.整体自评);
        if (sheet is null || IsLeftBlank(cells.FileName, sheet, coverDivisor)) return null;
        var kv = KeyValueSheetReader.Open(cells, sheet, SheetNames.整体自评, F.Sheet, coverDivisor);
        return new SelfReportInput
        {
            InitialBasic = kv.Amount(F.年初预算基本支出),
            InitialProject = kv.Amount(F.年初预算项目支出),
            Increase = kv.Amount(F.年中调增),
            Decrease = kv.Amount(F.年中调减),
            BudgetPersonnel = kv.Amount(F.全年预算人员经费),
            BudgetPublic = kv.Amount(F.全年预算公用经费),
            BudgetProject = kv.Amount(F.全年预算项目支出),
            ExecutionWeight = kv.Quantity(F.执行率权重),
            AdministrativePosts = kv.Quantity(F.行政编制),
            AdministrativeStaff = kv.Quantity(F.行政在职),
            InstitutionalPosts = kv.Quantity(F.事业编制),
            InstitutionalStaff = kv.Quantity(F.事业在职),
            Employees = kv.Quantity(F.雇员),
            Texts = F.Sheet.Where(f => f.Kind == FieldKind.Text).ToDictionary(f => f.Key, f => kv.Text(f.Key), StringComparer.Ordinal),
            Projects = Projects(cells, sheetOf(SheetNames.整体自评项目), kv.Divisor),
            Indicators = Indicators(cells, sheetOf(SheetNames.整体自评指标)),
            Source = sheet.Ref(sheet.FirstRow, sheet.FirstColumn),
        };
    }

    /// <summary>
    /// True when no field of 整体自评 is filled: `init` writes the sheet for every unit, and a unit
    /// that leaves it blank wants no 自评报告 (its blank required fields are then no findings).
    /// </summary>
    private static bool IsLeftBlank(string fileName, SheetReader sheet, decimal coverDivisor)
    {
        var probe = KeyValueSheetReader.Open(new CellReader(fileName), sheet, SheetNames.整体自评, F.Sheet, coverDivisor);
        return F.Sheet.All(f => !probe.IsFilled(f.Key));
    }

    private static List<SelfReportProject> Projects(CellReader cells, SheetReader? sheet, decimal coverDivisor)
    {
        var list = new List<SelfReportProject>();
        if (sheet is null || Header(cells, sheet, SheetNames.整体自评项目, F.ProjectColumns, "项目名称") is not { } header)
        {
            if (sheet is null) cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.整体自评项目));
            return list;
        }
        var (row, cols) = header;
        var divisor = AmountUnitLocator.Find(sheet, sheet.FirstRow, row) ?? coverDivisor;
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var name = Text(sheet, r, cols, "项目名称");
            if (name.Length == 0) continue;
            Amount Money(string label) => cols.TryGetValue(label, out var c) ? cells.Amount(sheet, r, c, divisor) : Amount.Zero;
            list.Add(new SelfReportProject(name, Text(sheet, r, cols, "资金来源"), Money("预算金额"), Money("执行金额"),
                cols.TryGetValue("项目成效", out var e) ? cells.Text(sheet, r, e) : TextValue.Empty, sheet.Ref(r, cols["项目名称"])));
        }
        return list;
    }

    private static List<SelfReportIndicator> Indicators(CellReader cells, SheetReader? sheet)
    {
        var list = new List<SelfReportIndicator>();
        if (sheet is null || Header(cells, sheet, SheetNames.整体自评指标, F.IndicatorColumns, "指标名称") is not { } header)
        {
            if (sheet is null) cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.整体自评指标));
            return list;
        }
        var (row, cols) = header;
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var name = Text(sheet, r, cols, "指标名称");
            if (name.Length == 0) continue;
            Quantity? Number(string label) =>
                cols.TryGetValue(label, out var c) && !sheet.IsBlank(r, c) ? cells.Quantity(sheet, r, c) : null;
            TextValue Words(string label) => cols.TryGetValue(label, out var c) ? cells.Text(sheet, r, c) : TextValue.Empty;
            list.Add(new SelfReportIndicator
            {
                Name = name,
                Comparison = Comparison(Text(sheet, r, cols, "比较")),
                Target = Number("预期指标值"),
                Unit = Text(sheet, r, cols, "计量单位"),
                Midyear = Number("年中监控值"),
                AdjustedTarget = Number("调整后指标值"),
                Measure = Text(sheet, r, cols, "评价口径"),
                Actual = Number("实际完成值"),
                Weight = Number("权重分值") ?? Quantity.Zero,
                Score = Number("自评得分") ?? Quantity.Zero,
                Deviation = Words("偏差原因"),
                Improvement = Words("改进措施"),
                Note = Words("说明"),
                Source = sheet.Ref(r, cols["指标名称"]),
            });
        }
        return list;
    }

    /// <summary>“>=”, “大于等于” and “≥” are one comparison; blank is a target to reach (≥).</summary>
    private static string Comparison(string text) => text.Replace(" ", "", StringComparison.Ordinal) switch
    {
        "≤" or "<=" or "小于等于" => "≤",
        "=" or "＝" or "等于" => "=",
        _ => "≥",
    };

    private static (int Row, IReadOnlyDictionary<string, int> Columns)? Header(CellReader cells, SheetReader sheet, string name,
        IReadOnlyList<string> labels, string key)
    {
        var header = ColumnHeaderLocator.Find(sheet, labels, [key]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), name, key));
            return null;
        }
        foreach (var label in labels.Where(l => !header.Value.Columns.ContainsKey(l)))
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(header.Value.Row, sheet.FirstColumn), name, label));
        return header;
    }

    private static string Text(SheetReader sheet, int r, IReadOnlyDictionary<string, int> cols, string label) =>
        cols.TryGetValue(label, out var c) ? sheet.Text(r, c) : string.Empty;
}
