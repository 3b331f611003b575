using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Every finding the reader and discovery produce, with a stable rule id (docs/reader-findings.md).
/// Messages are Chinese and name file, sheet and cell.
/// </summary>
public static class ReadFindings
{
    public const string FileUnreadable = "READ-01";
    public const string FileEncrypted = "READ-02";
    public const string SheetMissing = "READ-03";
    public const string TableMissing = "READ-04";
    public const string TableDuplicate = "READ-05";
    public const string HeaderNotFound = "READ-06";
    public const string ColumnMissing = "READ-07";
    public const string RowMissing = "READ-08";
    public const string RowUnrecognised = "READ-09";
    public const string BadNumber = "READ-10";
    public const string BadCode = "READ-11";
    public const string RowDuplicate = "READ-12";
    public const string FieldMissing = "READ-13";
    public const string FieldUnknown = "READ-14";
    public const string BadChoice = "READ-15";
    public const string IndicatorWithoutProject = "READ-16";
    public const string ProjectWithoutIndicators = "READ-17";
    public const string ReasonKeyUnknown = "READ-18";
    public const string ReasonKeyDuplicate = "READ-19";
    public const string InternalError = "READ-20";
    public const string DuplicateUnitYear = "READ-21";
    public const string BlankWorkbookSkipped = "READ-22";
    public const string UnitUnidentified = "READ-23";
    public const string PreviousYearAmbiguous = "READ-24";
    public const string LimitExceeded = "READ-25";
    public const string TextCleaned = "READ-26";
    public const string NotAWorkbook = "READ-27";
    public const string FormatUnusable = "READ-28";

    private static SourceRef FileRef(string file) => new(file, "", "");

    private static Finding Error(string id, string message, params SourceRef[] cells) => new(id, Severity.Error, message, cells);

    private static Finding Warning(string id, string message, params SourceRef[] cells) => new(id, Severity.Warning, message, cells);

    internal static Finding Unreadable(string file, string reason) =>
        Error(FileUnreadable, $"{file}：无法打开该文件（{reason}）。请确认它是用 Excel 保存的工作簿（.xlsx、.xlsm 或 .xls）且未损坏。", FileRef(file));

    internal static Finding BeyondLimits(string file, string reason) =>
        Error(LimitExceeded, $"{file}：{reason}，超出本工具的读取上限，该文件未读取。请只保留决算表格的内容后重新保存。", FileRef(file));

    internal static Finding Cleaned(SourceRef cell, int removed) =>
        Warning(TextCleaned, $"{cell}：文字中有 {removed} 个不可见的控制字符或残缺字符（常见于从其他系统粘贴的文字），已删除。请核对该单元格的文字。", cell);

    internal static Finding MoreCleaned(string file, int more) =>
        Warning(TextCleaned, $"{file}：另有 {more} 个单元格的文字含不可见的控制字符或残缺字符，已删除。", FileRef(file));

    internal static Finding NotWorkbook(string file, string reason) =>
        Error(NotAWorkbook, $"{file}：未处理——{reason}", FileRef(file));

    internal static Finding Encrypted(string file) =>
        Error(FileEncrypted, $"{file}：文件设置了打开密码，无法读取。请在 Excel 中取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新保存。", FileRef(file));

    internal static Finding MissingSheet(string file, string sheet) =>
        Error(SheetMissing, $"{file}：缺少工作表“{sheet}”，相关内容按空白处理。", new SourceRef(file, sheet, ""));

    internal static Finding MissingTable(string file, string title) =>
        Error(TableMissing, $"{file}：找不到《{title}》（按表题查找，未找到任何标题为该表名的工作表）。", FileRef(file));

    internal static Finding DuplicateTable(SourceRef first, SourceRef second, string title) =>
        Error(TableDuplicate, $"《{title}》出现两次：{first} 与 {second}；只读取第一个。", first, second);

    internal static Finding NoHeader(SourceRef title, string tableTitle) =>
        Error(HeaderNotFound, $"{title}：《{tableTitle}》找不到可识别的表头（如“项目”“科目编码”“科目名称”），该表未读取。", title);

    internal static Finding MissingColumn(SourceRef table, string tableTitle, string column) =>
        Error(ColumnMissing, $"{table}：《{tableTitle}》表头中找不到“{column}”列，该列按缺失处理。", table);

    internal static Finding MissingRow(SourceRef table, string tableTitle, string row) =>
        Error(RowMissing, $"{table}：《{tableTitle}》中找不到“{row}”行。", table);

    internal static Finding UnrecognisedRow(SourceRef cell, string tableTitle, string label, bool hasAmounts) => new(
        RowUnrecognised, hasAmounts ? Severity.Error : Severity.Warning,
        $"{cell}：《{tableTitle}》中的行“{label}”不是该表的固定行，也没有有效的科目编码，" + (hasAmounts ? "其金额未读取。" : "已忽略（该行无金额）。"),
        [cell]);

    internal static Finding NotANumber(SourceRef cell, string text) =>
        Error(BadNumber, $"{cell}：“{text}”不是有效数字（只接受数字、千分位逗号，空白或“—”“-”表示零），按缺失处理。", cell);

    /// <summary>A cell that must hold a number holds something else (READ-10, worded by what it holds).</summary>
    internal static Finding BadValue(SourceRef cell, string text, CellValueParser.ValueProblem problem) => problem switch
    {
        CellValueParser.ValueProblem.Date => Error(BadNumber, $"{cell}：应填数字，却是日期“{text}”（单元格设置了日期格式，或填写了日期），按缺失处理。请改为数字并把单元格格式设为“数值”或“常规”。", cell),
        CellValueParser.ValueProblem.Boolean => Error(BadNumber, $"{cell}：应填数字，却是逻辑值“{text}”，按缺失处理。", cell),
        CellValueParser.ValueProblem.NotFinite => Error(BadNumber, $"{cell}：数值“{text}”无效（非有限数），按缺失处理。", cell),
        CellValueParser.ValueProblem.TooLarge => Error(BadNumber, $"{cell}：数值“{text}”超出合理范围（金额绝对值不超过 {CellValueParser.MaxAmount:N0} 万元），按缺失处理。请核对金额单位和数字。", cell),
        CellValueParser.ValueProblem.NoCachedValue => Error(BadNumber, $"{cell}：公式没有计算结果（文件可能由不计算公式的程序生成），按缺失处理。请用 Excel 打开该文件，重新计算并保存。", cell),
        CellValueParser.ValueProblem.ErrorValue => Error(BadNumber, $"{cell}：公式出错（{text}），按缺失处理。请修正公式。", cell),
        _ => NotANumber(cell, text),
    };

    internal static Finding InvalidCode(SourceRef cell, string text) =>
        Error(BadCode, $"{cell}：科目编码“{text}”无效（应为3位类、5位款或7位项，或分列的 类 | 款 | 项），该行未读取。", cell);

    internal static Finding DuplicateRow(SourceRef first, SourceRef second, string key) =>
        Error(RowDuplicate, $"{second}：“{key}”与 {first} 重复，只读取第一行。", first, second);

    internal static Finding MissingField(SourceRef where, string field) =>
        Error(FieldMissing, $"{where}：必填项“{field}”未填写。", where);

    internal static Finding UnknownField(SourceRef cell, string label) =>
        Warning(FieldUnknown, $"{cell}：“{label}”不是该工作表的填报项目，已忽略（请核对项目名称是否被改动）。", cell);

    internal static Finding InvalidChoice(SourceRef cell, string field, string value, IEnumerable<string> choices) =>
        Error(BadChoice, $"{cell}：“{field}”填写了“{value}”，只能填写：{string.Join("、", choices)}。", cell);

    internal static Finding OrphanIndicator(SourceRef cell, string project) =>
        Error(IndicatorWithoutProject, $"{cell}：绩效指标所属项目“{project}”不在“绩效自评-项目”工作表中，该指标未读取。", cell);

    internal static Finding NoIndicators(SourceRef cell, string project) =>
        Warning(ProjectWithoutIndicators, $"{cell}：项目“{project}”在“绩效自评-指标”中没有任何指标。", cell);

    internal static Finding UnknownReasonKey(SourceRef cell, string key) =>
        Warning(ReasonKeyUnknown, $"{cell}：主要原因的键“{key}”无法识别，已忽略（请按审核清单中的键填写）。", cell);

    internal static Finding DuplicateReasonKey(SourceRef first, SourceRef second, string key) =>
        Error(ReasonKeyDuplicate, $"{second}：主要原因的键“{key}”与 {first} 重复，只使用第一条。", first, second);

    /// <summary>The workbook's 公开格式 (or year) has no usable format under templates/公开说明: refused when read, not at generation.</summary>
    internal static Finding UnusableFormat(SourceRef cover, string message) =>
        Error(FormatUnusable, $"{cover}：{message}该文件未读取。", cover);

    internal static Finding Internal(string file, string message) =>
        Error(InternalError, $"{file}：读取时发生内部错误（{message}），该文件未读取。请将此文件反馈给维护人员。", FileRef(file));

    internal static Finding Duplicate(string unit, int year, IReadOnlyList<string> files) =>
        Error(DuplicateUnitYear, $"“{unit}”{year}年度有多个工作簿：{string.Join("、", files)}；均未生成，请只保留一个。",
            [.. files.Select(FileRef)]);

    internal static Finding BlankSkipped(string file) =>
        Warning(BlankWorkbookSkipped, $"{file}：九张公开表均无金额（空白模板），已跳过。", FileRef(file));

    internal static Finding Unidentified(string file) =>
        Error(UnitUnidentified, $"{file}：封面缺少单位名称或年度，无法识别单位，该文件未生成。", FileRef(file));

    internal static Finding AmbiguousPrevious(string file, string unit, int year) =>
        Warning(PreviousYearAmbiguous, $"{file}：“{unit}”{year}年度的工作簿重复，未作为上年数来源；改用本工作簿的“上年数”工作表。", FileRef(file));
}
