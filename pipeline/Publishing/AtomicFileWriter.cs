namespace JuneBudget.Publishing;

/// <summary>
/// Writes a file so that its final path only ever holds a complete file: the content goes to a
/// temporary file in the same folder (same volume, so the rename is atomic), is flushed to disk,
/// and only then renamed over the final path. If producing the content, the disk or the rename
/// fails, the temporary file is removed, the final path keeps what it had, and the exception
/// propagates to the caller (who reports it).
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>Prefix of our temporary files; a crash can leave one behind, never a half-written draft.</summary>
    public const string TemporaryPrefix = ".junebudget-";

    /// <summary>Extension of our temporary files.</summary>
    public const string TemporaryExtension = ".tmp";

    /// <summary>Writes <paramref name="path"/> with the bytes <paramref name="write"/> puts into the stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (fullPath, temporary) = Prepare(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>The full final path and a new temporary path beside it (its folder created).</summary>
    internal static (string FullPath, string Temporary) Prepare(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)
            ?? throw new ArgumentException($"“{path}”不是文件路径。", nameof(path));
        Directory.CreateDirectory(folder);

        // A short random name: the final name may already be near the length limit.
        return (fullPath, Path.Combine(folder, TemporaryPrefix + Guid.NewGuid().ToString("N")[..16] + TemporaryExtension));
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlyMemory<byte> bytes) =>
        Write(path, stream => stream.Write(bytes.Span));

    /// <summary>
    /// Removes temporary files a crashed run left in <paramref name="folder"/>. Only files with our
    /// prefix and older than <paramref name="minimumAge"/> go, so a concurrent writer is not disturbed.
    /// </summary>
    public static void RemoveStaleTemporaryFiles(string folder, TimeSpan minimumAge)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var cutoff = DateTime.UtcNow - minimumAge;
        foreach (var file in Directory.EnumerateFiles(folder, TemporaryPrefix + "*" + TemporaryExtension))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>
    /// Removes every temporary file of ours under <paramref name="root"/>, whatever its age: called
    /// at start-up while the output folder is locked (<see cref="OutputLock"/>), when no other
    /// writer can be at work, so whatever a killed run left is gone. Returns how many went.
    /// </summary>
    public static int RemoveTemporaryFiles(string root)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(root, TemporaryPrefix + "*" + TemporaryExtension, options))
        {
            removed += TryDelete(file) ? 1 : 0;
        }

        return removed;
    }

    internal static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is harmless and removed by the next run.
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
