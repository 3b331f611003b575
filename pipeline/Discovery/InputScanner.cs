using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Discovery;

/// <summary>
/// Accounts for every file under a folder: reads each workbook (.xlsx, .xlsm, .xls) once,
/// identifies unit and year from its cover (never from the file name), refuses duplicates and
/// pairs each workbook with the same unit's workbook of the previous year; any other file (a
/// .csv, a .docx …) is a finding, so nothing in the folder is silently skipped. Only the
/// housekeeping files of Office and the operating systems are passed over.
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
        // Each file is read on its own (no shared state), so reads run in parallel; AsOrdered keeps
        // the results in file order, so everything after stays deterministic.
        var reads = files.AsParallel().AsOrdered().Select(f => WorkbookReader.Read(f, formats)).ToList();

        var candidates = new List<BudgetWorkbook>();
        foreach (var workbook in reads.Select(r => r.Workbook).OfType<BudgetWorkbook>())
        {
            if (workbook.Unit.Name.Trim().Length == 0 || workbook.Unit.Year == 0)
                findings.Add(ReadFindings.Unidentified(workbook.FileName));
            else if (IsBlank(workbook))
                findings.Add(ReadFindings.BlankSkipped(workbook.FileName));
            else
                candidates.Add(workbook);
        }

        var groups = candidates.GroupBy(w => (Unit: UnitKey(w), w.Unit.Year)).ToList();
        var refused = new HashSet<(string, int)>();
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            refused.Add(group.Key);
            var first = group.First();
            findings.Add(ReadFindings.Duplicate(first.Unit.Name, first.Unit.Year,
                [.. group.Select(w => w.FileName).Order(StringComparer.Ordinal)]));
        }
        var unique = groups.Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());

        var units = new List<UnitYear>();
        foreach (var ((unit, year), current) in unique)
        {
            var previous = unique.GetValueOrDefault((unit, year - 1));
            if (previous is null && refused.Contains((unit, year - 1)))
                findings.Add(ReadFindings.AmbiguousPrevious(current.FileName, current.Unit.Name, year - 1));
            var prior = previous is null ? current.PriorYearSheet : Prior(previous, current, findings);
            units.Add(new UnitYear(current, previous, prior));
        }
        units = [.. units
            .OrderBy(u => u.Current.Unit.Name, StringComparer.Ordinal)
            .ThenBy(u => u.Current.Unit.Year)
            .ThenBy(u => u.Current.FileName, StringComparer.Ordinal)];
        return new ScanResult(units, reads, findings);
    }

    /// <summary>
    /// Last year's figures from last year's workbook; a defect there must not stop the batch: the
    /// workbook's own 上年数 sheet is used and the previous file gets a finding.
    /// </summary>
    private static PriorYearFigures? Prior(BudgetWorkbook previous, BudgetWorkbook current, List<Finding> findings)
    {
        try
        {
            return PriorYearExtractor.FromWorkbook(previous);
        }
        catch (Exception ex)
        {
            findings.Add(ReadFindings.Internal(previous.FileName, ex.Message));
            return current.PriorYearSheet;
        }
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
    private static string UnitKey(BudgetWorkbook workbook) => LabelNormalizer.Normalize(workbook.Unit.Name);

    /// <summary>
    /// A workbook whose nine tables hold no amount at all is an unfilled `init` template: it
    /// cannot produce a document, and skipping it keeps it from clashing with the filled copy.
    /// </summary>
    private static bool IsBlank(BudgetWorkbook workbook) =>
        workbook.Tables.ByKind.Values.All(t => !t.Present || t.IsEmpty);
}
