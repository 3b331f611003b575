using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Discovery;

/// <summary>
/// Finds every .xlsx under a folder, reads each once, identifies unit and year from its cover
/// (never from the file name), refuses duplicates and pairs each workbook with the same unit's
/// workbook of the previous year.
/// </summary>
public static class InputScanner
{
    /// <summary>Scans <paramref name="folder"/> and its subfolders.</summary>
    public static ScanResult Scan(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.xlsx", SearchOption.AllDirectories)
            .Where(f => !IsLockOrJunk(Path.GetFileName(f)))
            .OrderBy(f => Path.GetRelativePath(folder, f), StringComparer.Ordinal)
            .ToList();
        // Each file is read on its own (no shared state), so reads run in parallel; AsOrdered keeps
        // the results in file order, so everything after stays deterministic.
        var reads = files.AsParallel().AsOrdered().Select(WorkbookReader.Read).ToList();
        var findings = new List<Finding>();

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
            var prior = previous is null ? current.PriorYearSheet : PriorYearExtractor.FromWorkbook(previous);
            units.Add(new UnitYear(current, previous, prior));
        }
        units = [.. units
            .OrderBy(u => u.Current.Unit.Name, StringComparer.Ordinal)
            .ThenBy(u => u.Current.Unit.Year)
            .ThenBy(u => u.Current.FileName, StringComparer.Ordinal)];
        return new ScanResult(units, reads, findings);
    }

    /// <summary>Excel's lock files (~$名称.xlsx) and macOS resource forks (._名称.xlsx) are not workbooks.</summary>
    private static bool IsLockOrJunk(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith("._", StringComparison.Ordinal);

    /// <summary>Same unit whatever the bracket width or spacing of its name on the cover.</summary>
    private static string UnitKey(BudgetWorkbook workbook) => LabelNormalizer.Normalize(workbook.Unit.Name);

    /// <summary>
    /// A workbook whose nine tables hold no amount at all is an unfilled `init` template: it
    /// cannot produce a document, and skipping it keeps it from clashing with the filled copy.
    /// </summary>
    private static bool IsBlank(BudgetWorkbook workbook) =>
        workbook.Tables.ByKind.Values.All(t => !t.Present || t.IsEmpty);
}
