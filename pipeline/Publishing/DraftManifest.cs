using System.Security.Cryptography;
using System.Text.Json;

namespace JuneBudget.Publishing;

/// <summary>
/// The record of what JuneBudget wrote into one unit folder (<c>.junebudget-manifest.json</c>):
/// name, SHA-256, size and generator version per file. A file whose bytes no longer match its
/// entry, or that has no entry, was made or changed by a person and must not be overwritten.
/// </summary>
internal sealed class DraftManifest
{
    /// <summary>The manifest's file name inside a unit folder.</summary>
    public const string FileName = ".junebudget-manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keep Chinese file names readable in the JSON rather than \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SortedDictionary<string, ManifestEntry> _entries;
    private readonly HashSet<string> _recorded = new(StringComparer.Ordinal);

    private DraftManifest(SortedDictionary<string, ManifestEntry> entries, bool wasUnreadable)
    {
        _entries = entries;
        WasUnreadable = wasUnreadable;
    }

    /// <summary>True when a manifest file existed but could not be read; every file then counts as unknown.</summary>
    public bool WasUnreadable { get; }

    /// <summary>The entries, sorted by name.</summary>
    public IReadOnlyCollection<ManifestEntry> Entries => _entries.Values;

    /// <summary>Loads the manifest of <paramref name="folder"/>; empty when there is none or it is damaged.</summary>
    public static DraftManifest Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return new DraftManifest(new(StringComparer.Ordinal), wasUnreadable: false);
        }

        try
        {
            var entries = JsonSerializer.Deserialize<List<ManifestEntry>>(File.ReadAllBytes(path), JsonOptions) ?? [];
            var valid = entries.Where(e => e is { Name: not null, Sha256: not null, GeneratorVersion: not null });
            return new DraftManifest(new(valid.ToDictionary(e => e.Name, StringComparer.Ordinal), StringComparer.Ordinal), false);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A damaged manifest must not lead to overwriting: treating every file as unknown is the safe side.
            return new DraftManifest(new(StringComparer.Ordinal), wasUnreadable: true);
        }
    }

    /// <summary>The entry for <paramref name="name"/>, or null.</summary>
    public ManifestEntry? Find(string name) => _entries.GetValueOrDefault(name);

    /// <summary>True when <see cref="Record"/> changed anything since loading.</summary>
    public bool HasChanges { get; private set; }

    /// <summary>
    /// Records that a file now holds bytes with this hash and size. An entry that already says so
    /// is kept as it is (with the version that first wrote those bytes), so a rerun changes nothing.
    /// </summary>
    public void Record(ManifestEntry entry)
    {
        if (Find(entry.Name) is { } known && known.Sha256 == entry.Sha256 && known.Size == entry.Size)
        {
            return;
        }

        _entries[entry.Name] = entry;
        _recorded.Add(entry.Name);
        HasChanges = true;
    }

    /// <summary>
    /// Writes the manifest into <paramref name="folder"/> atomically, merged with what the file
    /// holds now: entries this instance recorded win, every other entry on disk is kept, so a
    /// writer that saved in between loses nothing (its drafts would otherwise count as edited).
    /// </summary>
    public void Save(string folder)
    {
        var current = Load(folder);
        var merged = new SortedDictionary<string, ManifestEntry>(current.WasUnreadable ? _entries : current._entries, StringComparer.Ordinal);
        foreach (var name in _recorded) merged[name] = _entries[name];
        AtomicFileWriter.Write(Path.Combine(folder, FileName), stream =>
            JsonSerializer.Serialize(stream, merged.Values.ToList(), JsonOptions));
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of the rest of <paramref name="stream"/>.</summary>
    public static string Hash(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));
}
