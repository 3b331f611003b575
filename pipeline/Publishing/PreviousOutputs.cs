using System.Text.Json;

namespace JuneBudget.Publishing;

/// <summary>
/// Where earlier runs put each workbook's outputs: every <c>⟨单位⟩/⟨年度⟩/校验结果.json</c> under
/// the output folder names the input file and year it was made from. A workbook whose outputs
/// now go to another folder had its unit renamed (on the cover); the old folder is reported and
/// left as it is, since a reviewer may have edited drafts in it.
/// </summary>
internal sealed class PreviousOutputs
{
    private readonly Dictionary<(string File, int Year), List<string>> _folders;

    private PreviousOutputs(Dictionary<(string, int), List<string>> folders) => _folders = folders;

    public static PreviousOutputs Scan(string outputRoot)
    {
        var folders = new Dictionary<(string, int), List<string>>();
        if (!Directory.Exists(outputRoot)) return new PreviousOutputs(folders);
        foreach (var unit in Directory.EnumerateDirectories(outputRoot))
        {
            foreach (var year in Directory.EnumerateDirectories(unit))
            {
                if (Source(Path.Combine(year, FindingsPage.JsonFileName)) is not { } source) continue;
                if (!folders.TryGetValue(source, out var list)) folders[source] = list = [];
                list.Add(Path.GetFullPath(year));
            }
        }
        return new PreviousOutputs(folders);
    }

    /// <summary>Earlier output folders of <paramref name="file"/>'s <paramref name="year"/> other than <paramref name="folder"/>.</summary>
    public IEnumerable<string> ElsewhereThan(string file, int year, string folder) =>
        _folders.GetValueOrDefault((file, year))?.Where(f => !string.Equals(f, Path.GetFullPath(folder), StringComparison.Ordinal)) ?? [];

    /// <summary>The input file and year a findings JSON names; null when unreadable or not ours.</summary>
    private static (string, int)? Source(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            return root.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String
                && root.TryGetProperty("year", out var year) && year.TryGetInt32(out var y)
                ? (file.GetString()!, y)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
