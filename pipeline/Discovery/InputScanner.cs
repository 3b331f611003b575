using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Discovery;

/// <summary>
/// Accounts for every file under a folder and plans the batch from what identifies each workbook:
/// unit and year from its cover (never from the file name), read cheaply — only the cover sheet is
/// unpacked (<see cref="WorkbookReader.Identify"/>). Duplicates are refused and each workbook is
/// paired with the same unit's workbook of the previous year; any other file (a .csv, a .docx …)
/// is a finding, so nothing in the folder is silently skipped. Only the housekeeping files of
/// Office and the operating systems are passed over. Workbooks are read whole later, one unit at
/// a time (<see cref="UnitLoader"/>), so memory does not grow with the number of units.
/// </summary>
public static class InputScanner
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xlsm", ".xls"];

    /// <summary>Scans <paramref name="folder"/> and its subfolders, except <paramref name="excluded"/> (an output folder inside it).</summary>
    /// <param name="formats">The 公开说明 formats covers choose from (default: the repository's).</param>
    public static ScanResult Scan(string folder, string? excluded = null, Format.FormatLibrary? formats = null)
    {
        formats ??= Format.FormatLibrary.Repository;
        var findings = new List<Finding>();
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true })
                     .Where(f => !IsInside(f, excluded) && !IsHousekeeping(Path.GetFileName(f)))
                     .OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal))
        {
            if (WorkbookExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)) files.Add(file);
            else findings.Add(ReadFindings.NotWorkbook(Path.GetFileName(file), WhyNotRead(Path.GetExtension(file))));
        }
        // Each file is identified on its own (no shared state), so in parallel; AsOrdered keeps
        // the results in file order, so everything after stays deterministic.
        var workbooks = files.AsParallel().AsOrdered().Select(f => WorkbookReader.Identify(f, formats)).ToList();

        var candidates = new List<WorkbookIdentity>();
        foreach (var workbook in workbooks.Where(w => w.Unit is not null))
        {
            if (workbook.Unit!.Name.Trim().Length == 0 || workbook.Unit.Year == 0)
                findings.Add(ReadFindings.Unidentified(workbook.FileName));
            else
                candidates.Add(workbook);
        }

        var unique = new Dictionary<(string, int), WorkbookIdentity>();
        var refused = new HashSet<(string, int)>();
        foreach (var group in candidates.GroupBy(w => (Unit: UnitKey(w.Unit!), w.Unit!.Year)))
        {
            var filled = group.Count() == 1 ? [group.Single()] : Filled(group, formats, findings);
            if (filled.Count == 1) unique[group.Key] = filled[0];
            else if (filled.Count > 1)
            {
                refused.Add(group.Key);
                findings.Add(ReadFindings.Duplicate(filled[0].Unit!.Name, filled[0].Unit!.Year,
                    [.. filled.Select(w => w.FileName).Order(StringComparer.Ordinal)]));
            }
        }

        var units = new List<PlannedUnit>();
        foreach (var ((unit, year), current) in unique)
        {
            var previous = unique.GetValueOrDefault((unit, year - 1));
            if (previous is null && refused.Contains((unit, year - 1)))
                findings.Add(ReadFindings.AmbiguousPrevious(current.FileName, current.Unit!.Name, year - 1));
            units.Add(new PlannedUnit(current, previous));
        }
        units = [.. units
            .OrderBy(u => u.Unit.Name, StringComparer.Ordinal)
            .ThenBy(u => u.Unit.Year)
            .ThenBy(u => u.Current.FileName, StringComparer.Ordinal)];
        return new ScanResult(units, workbooks, findings) { Formats = formats };
    }

    /// <summary>
    /// A workbook whose nine tables hold no amount at all is an unfilled `init` template: it
    /// cannot produce a document (<see cref="UnitLoader"/> skips it when its unit is built).
    /// </summary>
    public static bool IsBlank(BudgetWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return workbook.Tables.ByKind.Values.All(t => !t.Present || t.IsEmpty);
    }

    /// <summary>
    /// The workbooks of one unit and year that are not blank templates. Only where several claim
    /// the same unit and year does blankness decide the plan (the unfilled template beside the
    /// filled copy is no duplicate), so only these are read whole while planning.
    /// </summary>
    private static List<WorkbookIdentity> Filled(IEnumerable<WorkbookIdentity> group, Format.FormatLibrary formats, List<Finding> findings)
    {
        var filled = new List<WorkbookIdentity>();
        foreach (var identity in group)
        {
            if (WorkbookReader.Read(identity.Path, formats).Workbook is { } workbook && IsBlank(workbook))
                findings.Add(ReadFindings.BlankSkipped(identity.FileName));
            else
                filled.Add(identity);
        }
        return filled;
    }

    /// <summary>
    /// Files no one put there as input: Excel's lock files (~$名称.xlsx), macOS resource forks and
    /// folder files (._名称.xlsx, .DS_Store), Windows' Thumbs.db and desktop.ini, and hidden dot-files.
    /// </summary>
    private static bool IsHousekeeping(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.')
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase) || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    private static bool IsInside(string file, string? folder) =>
        folder is not null && Path.GetFullPath(file).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Why a file that is not a workbook was not read, with what to do instead.</summary>
    private static string WhyNotRead(string extension) => extension.ToUpperInvariant() switch
    {
        ".CSV" or ".TXT" => $"{extension} 是纯文本表格，没有工作表和表头；请在 Excel 中打开决算工作簿并另存为 .xlsx 后放入输入文件夹。",
        ".ET" or ".ETT" => "WPS 表格格式；请在 WPS 中另存为 .xlsx 后放入输入文件夹。",
        ".XLSB" or ".XLTX" or ".XLTM" or ".ODS" => $"{extension} 格式不读取；请在 Excel 中另存为 .xlsx 后放入输入文件夹。",
        "" => "文件没有扩展名，不是 Excel 工作簿；本工具只读取 .xlsx、.xlsm、.xls。",
        _ => $"{extension} 文件不是 Excel 工作簿；本工具只读取 .xlsx、.xlsm、.xls。",
    };

    /// <summary>Same unit whatever the bracket width or spacing of its name on the cover.</summary>
    private static string UnitKey(UnitInfo unit) => LabelNormalizer.Normalize(unit.Name);
}
