using System.Reflection;

namespace JuneBudget.Publishing;

/// <summary>
/// Writes one unit's drafts into its folder without ever losing a person's work: every write is
/// atomic; a file a reviewer edited since JuneBudget wrote it (or that JuneBudget never wrote) is
/// kept and the new draft goes beside it as <c>…（新生成 n）.ext</c>; a file another program holds
/// open is reported as 被占用 and the other drafts are still written; a rerun that would produce
/// the same bytes rewrites nothing. Different unit folders may be published in parallel; one
/// folder must be published by one caller at a time.
/// </summary>
internal sealed class UnitPublisher
{
    private const int MaxBesideCopies = 999;

    private readonly string _generatorVersion;

    /// <summary>Creates a publisher that records <paramref name="generatorVersion"/> (default: this assembly's version).</summary>
    public UnitPublisher(string? generatorVersion = null) =>
        _generatorVersion = generatorVersion
            ?? typeof(UnitPublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "0";

    /// <summary>Writes <paramref name="files"/> into <paramref name="unitFolder"/> (created if needed).</summary>
    public PublishResult Publish(string unitFolder, IReadOnlyList<DraftFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var notes = new List<string>();
        try
        {
            Directory.CreateDirectory(unitFolder);
            AtomicFileWriter.RemoveStaleTemporaryFiles(unitFolder, TimeSpan.FromHours(1));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var failed = files.Select(f => Failure(f.Name, $"无法创建文件夹“{unitFolder}”：{ex.Message}")).ToList();
            return new PublishResult(unitFolder, failed, notes);
        }

        var manifest = DraftManifest.Load(unitFolder);
        if (manifest.WasUnreadable)
        {
            notes.Add($"文件夹“{unitFolder}”中的清单 {DraftManifest.FileName} 已损坏，所有已有文件均按“可能被修改过”处理，不会被覆盖。");
        }

        // Two outputs for one path would let one overwrite the other (the review page published
        // under the public page's name); neither is written. Windows does not tell case apart.
        var clashing = files.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .SelectMany(g => g).ToHashSet();
        var claimed = new HashSet<string>(files.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        List<DraftOutcome> outcomes;
        // The unit's files are written first and put in place together (AtomicFileBatch: one wait
        // for the disk per unit, each file still atomic); only a file that got in place is recorded.
        using (var batch = new AtomicFileBatch())
        {
            var staged = new Dictionary<string, Staged>(StringComparer.Ordinal);
            outcomes = files.Select(file => clashing.Contains(file)
                ? Failure(file.Name, $"本次要写入的两个文件同名（《{file.Name}》），均未写入，以免一个覆盖另一个；请缩短单位名称后重新运行。")
                : PublishOne(unitFolder, manifest, file, claimed, new Writes(batch, staged, file.Name))).ToList();
            var failures = batch.Commit();
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (!staged.TryGetValue(outcomes[i].Name, out var write)) continue;
                if (failures.TryGetValue(write.Path, out var error))
                    outcomes[i] = WriteFailure(write.Name, error);
                else
                    Record(manifest, write.Name, write.Hash, write.Size);
            }
        }

        try
        {
            if (manifest.HasChanges)
            {
                manifest.Save(unitFolder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            notes.Add($"无法写入清单 {DraftManifest.FileName}（{ex.Message}）；下次运行时本次写入的文件会被视为已修改，新稿将另存。");
        }

        return new PublishResult(unitFolder, outcomes, notes);
    }

    private DraftOutcome PublishOne(string folder, DraftManifest manifest, DraftFile file, HashSet<string> claimed, Writes writes)
    {
        if (!IsOwnDraftName(file.Name))
        {
            return Failure(file.Name, $"文件名“{file.Name}”不是安全的文件名，未写入。");
        }

        var hash = DraftManifest.Hash(file.Content.Span);
        try
        {
            var existing = ExistingFile.Inspect(Path.Combine(folder, file.Name));
            if (existing.IsLocked)
            {
                return Locked(file.Name);
            }

            if (existing.Sha256 == hash)
            {
                Record(manifest, file.Name, hash, file.Content.Length);
                return new DraftOutcome(file.Name, DraftOutcomeKind.Unchanged, file.Name, $"《{file.Name}》内容未变，未重写。");
            }

            if (!existing.Exists || IsOurs(manifest, file.Name, existing))
            {
                writes.Stage(folder, file.Name, file.Content, hash);
                return new DraftOutcome(file.Name, DraftOutcomeKind.Written, file.Name, $"已写入《{file.Name}》。");
            }

            var beside = WriteBeside(folder, manifest, file, hash, claimed, writes);
            return new DraftOutcome(file.Name, DraftOutcomeKind.KeptEditedWroteBeside, beside,
                $"《{file.Name}》在生成后被修改过（或不是本程序生成的），已原样保留；新稿另存为《{beside}》。");
        }
        catch (Exception ex)
        {
            return WriteFailure(file.Name, ex);
        }
    }

    private static DraftOutcome WriteFailure(string name, Exception ex) =>
        ex is IOException io && ExistingFile.IsSharingViolation(io) && OperatingSystem.IsWindows()
            ? Locked(name)
            : Failure(name, $"写入《{name}》失败：{ex.Message}");

    private string WriteBeside(string folder, DraftManifest manifest, DraftFile file, string hash, HashSet<string> claimed, Writes writes)
    {
        for (var number = 2; number <= MaxBesideCopies; number++)
        {
            var name = SafeFileNames.Beside(file.Name, number);
            // Never a name another output of this call has or got.
            if (!claimed.Add(name)) continue;
            var existing = ExistingFile.Inspect(Path.Combine(folder, name));
            if (existing.Sha256 == hash)
            {
                Record(manifest, name, hash, file.Content.Length);
                return name;
            }

            // Reuse a number only when it holds our own unedited earlier copy; never touch anything else.
            if (!existing.Exists || (!existing.IsLocked && IsOurs(manifest, name, existing)))
            {
                writes.Stage(folder, name, file.Content, hash);
                return name;
            }
        }

        throw new IOException($"“{file.Name}”旁已有 {MaxBesideCopies - 1} 份另存稿，请清理后重新运行。");
    }

    /// <summary>A file written to its temporary file, to be recorded in the manifest once it is in place.</summary>
    private sealed record Staged(string Path, string Name, string Hash, long Size);

    /// <summary>Where one draft's write goes: the unit's batch, remembered under the draft's name.</summary>
    private sealed record Writes(AtomicFileBatch Batch, Dictionary<string, Staged> Staged, string DraftName)
    {
        public void Stage(string folder, string name, ReadOnlyMemory<byte> content, string hash)
        {
            var path = System.IO.Path.Combine(folder, name);
            Batch.Add(path, content);
            Staged[DraftName] = new Staged(path, name, hash, content.Length);
        }
    }

    private void Record(DraftManifest manifest, string name, string hash, long size) =>
        manifest.Record(new ManifestEntry(name, hash, size, _generatorVersion));

    private static bool IsOurs(DraftManifest manifest, string name, ExistingFile existing) =>
        manifest.Find(name)?.Sha256 is { } recorded && recorded == existing.Sha256;

    private static bool IsOwnDraftName(string name) =>
        SafeFileNames.IsSafe(name)
        && name != DraftManifest.FileName
        && !name.StartsWith(AtomicFileWriter.TemporaryPrefix, StringComparison.Ordinal);

    private static DraftOutcome Failure(string name, string message) => new(name, DraftOutcomeKind.Failed, null, message);

    private static DraftOutcome Locked(string name) => new(name, DraftOutcomeKind.Locked, null,
        $"《{name}》被占用（可能正在 Word 等程序中打开），本次未写入；请关闭该文件后重新运行。");
}
