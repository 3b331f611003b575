namespace JuneBudget.Publishing;

/// <summary>
/// Gives every unit of a batch its own output folder name. Two different unit names that
/// sanitise to the same name (or differ only in letter case, which Windows treats as the same)
/// would otherwise write into one folder; each of them then gets a short stable hash of its
/// original name appended, e.g. <c>财政局／本级~1a2b3c4d</c>. A name that needed no change keeps
/// its plain form, so adding a unit to a batch does not rename the folders of the others.
/// </summary>
internal sealed class UnitFolderNames
{
    private static readonly int[] HashLengths = [8, 16, 64];

    private readonly Dictionary<string, string> _byOriginal;

    private UnitFolderNames(Dictionary<string, string> byOriginal) => _byOriginal = byOriginal;

    /// <summary>Allocates folder names for the distinct unit names of one batch (order does not matter).</summary>
    public static UnitFolderNames Allocate(IEnumerable<string> unitNames)
    {
        var originals = unitNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var plain = originals.ToDictionary(name => name, name => SafeFileNames.Sanitize(name), StringComparer.Ordinal);
        var keepsPlain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in originals.GroupBy(name => plain[name], StringComparer.OrdinalIgnoreCase))
        {
            // In a clash, only a name that was already safe, and alone in being so, keeps its plain form.
            var unchanged = group.Where(name => name == plain[name]).ToList();
            var keeper = group.Count() == 1 ? group.First() : unchanged.Count == 1 ? unchanged[0] : null;
            if (keeper is not null)
            {
                keepsPlain.Add(keeper);
            }
        }

        foreach (var length in HashLengths)
        {
            var assigned = originals.ToDictionary(
                name => name,
                name => keepsPlain.Contains(name) ? plain[name] : WithHash(plain[name], name, length),
                StringComparer.Ordinal);
            if (assigned.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() == assigned.Count)
            {
                return new UnitFolderNames(assigned);
            }
        }

        // Only reachable if two names share a full SHA-256 or a hashed name is another unit's literal name.
        throw new InvalidOperationException("无法为本批次的单位分配互不相同的文件夹名称。");
    }

    /// <summary>The folder name for a unit name that was part of <see cref="Allocate"/>.</summary>
    public string this[string unitName] => _byOriginal.TryGetValue(unitName, out var folder)
        ? folder
        : throw new KeyNotFoundException($"单位“{unitName}”不在本批次的名称表中。");

    /// <summary>
    /// The folder a unit-year's files go to: <c>⟨outputRoot⟩/⟨safe unit⟩/⟨year⟩</c>.
    /// </summary>
    public string FolderFor(string outputRoot, string unitName, int year) =>
        Path.Combine(outputRoot, this[unitName], SafeFileNames.ForYear(year));

    private static string WithHash(string plain, string original, int length) =>
        SafeFileNames.Sanitize(plain, "~" + SafeFileNames.ShortHash(original, length));
}
