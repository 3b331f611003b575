using System.Globalization;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>主要职能, 内设机构, 决算单位构成 and 人员情况 → <see cref="UnitProfile"/>.</summary>
internal static class ProfileReader
{
    public static UnitProfile Read(CellReader cells, Func<string, SheetReader?> sheets, bool isDepartment, decimal divisor)
    {
        var functions = ListOf(cells, sheets(SheetNames.主要职能), SheetNames.主要职能, "主要职能");
        var departments = ListOf(cells, sheets(SheetNames.内设机构), SheetNames.内设机构, "机构名称");
        var members = Members(cells, sheets(SheetNames.决算单位构成), isDepartment, divisor);
        var (staff, prior) = Staff(cells, sheets(SheetNames.人员情况));
        return new UnitProfile(functions, departments, members, staff, prior);
    }

    /// <summary>One text per row under `序号 | ⟨label⟩`; without that header, the last filled cell of each row after the title rows.</summary>
    private static IReadOnlyList<TextValue> ListOf(CellReader cells, SheetReader? sheet, string sheetName, string label)
    {
        if (sheet is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, sheetName));
            return [];
        }
        var header = ColumnHeaderLocator.Find(sheet, [label, "内容", "序号"], ["序号"]);
        var cols = header?.Columns;
        var textCol = cols is null ? 0
            : cols.TryGetValue(label, out var named) ? named
            : cols.TryGetValue("内容", out var content) ? content : cols["序号"] + 1;
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), sheetName, label));
            return [];
        }
        var list = new List<TextValue>();
        for (var r = header.Value.Row + 1; r <= sheet.LastRow; r++)
            if (!sheet.IsBlank(r, textCol)) list.Add(cells.Text(sheet, r, textCol));
        return list;
    }

    private static IReadOnlyList<MemberUnit> Members(CellReader cells, SheetReader? sheet, bool isDepartment, decimal divisor)
    {
        if (sheet is null)
        {
            if (isDepartment) cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.决算单位构成));
            return [];
        }
        var header = ColumnHeaderLocator.Find(sheet, ["序号", "单位名称", "单位性质", WorkbookFields.运行经费本年, WorkbookFields.运行经费上年], ["单位名称"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), SheetNames.决算单位构成, "单位名称"));
            return [];
        }
        var (row, cols) = header.Value;
        var list = new List<MemberUnit>();
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var name = sheet.Text(r, cols["单位名称"]);
            if (name.Length == 0) continue;
            var number = cols.TryGetValue("序号", out var nc) && int.TryParse(sheet.Text(r, nc), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? n : list.Count + 1;
            var nature = cols.TryGetValue("单位性质", out var kc) ? sheet.Text(r, kc) : string.Empty;
            // The running-cost columns are optional (older workbooks have none); a blank cell is no figure.
            Amount? Cost(string column) => cols.TryGetValue(column, out var c) && sheet.Text(r, c).Length > 0 ? cells.Amount(sheet, r, c, divisor) : null;
            list.Add(new MemberUnit(number, name, nature, sheet.Ref(r, cols["单位名称"]), Cost(WorkbookFields.运行经费本年), Cost(WorkbookFields.运行经费上年)));
        }
        return list;
    }

    private static (StaffCounts Staff, StaffCounts? Prior) Staff(CellReader cells, SheetReader? sheet)
    {
        var empty = new StaffCounts(Quantity.Zero, Quantity.Zero, null, null, Quantity.Zero, Quantity.Zero);
        if (sheet is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.人员情况));
            return (empty, null);
        }
        var header = ColumnHeaderLocator.Find(sheet, ["项目", "本年", "上年"], ["项目", "本年"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), SheetNames.人员情况, "本年"));
            return (empty, null);
        }
        var (headerRow, cols) = header.Value;
        var rows = new Dictionary<string, int>();
        for (var r = headerRow + 1; r <= sheet.LastRow; r++)
        {
            var label = sheet.Label(r, cols["项目"]);
            var key = WorkbookFields.Staff.FirstOrDefault(k => LabelNormalizer.Label(k) == label);
            if (key is not null) rows.TryAdd(key, r);
            else if (label.Length > 0) cells.Add(ReadFindings.UnknownField(sheet.Ref(r, cols["项目"]), sheet.Text(r, cols["项目"])));
        }
        var current = Counts(cells, sheet, rows, cols["本年"], required: true);
        var priorCol = cols.GetValueOrDefault("上年");
        var prior = priorCol > 0 && rows.Values.Any(r => !sheet.IsBlank(r, priorCol))
            ? Counts(cells, sheet, rows, priorCol, required: false) : null;
        return (current, prior);
    }

    private static StaffCounts Counts(CellReader cells, SheetReader sheet, Dictionary<string, int> rows, int col, bool required)
    {
        Quantity Get(string key)
        {
            if (rows.TryGetValue(key, out var r)) return cells.Quantity(sheet, r, col);
            if (required) cells.Add(ReadFindings.MissingField(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), key));
            return Quantity.Zero;
        }
        Quantity? Optional(string key) => rows.TryGetValue(key, out var r) && !sheet.IsBlank(r, col) ? cells.Quantity(sheet, r, col) : null;
        return new StaffCounts(Get(WorkbookFields.实有人数), Get(WorkbookFields.在职人员),
            Optional(WorkbookFields.在职行政), Optional(WorkbookFields.在职事业),
            Get(WorkbookFields.离休人员), Get(WorkbookFields.退休人员));
    }
}
