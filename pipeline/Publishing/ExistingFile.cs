namespace JuneBudget.Publishing;

/// <summary>
/// What is at a path before we write: nothing, a file another program holds, or a file with a
/// known hash. Checked by opening the file for writing with no sharing, which fails exactly when
/// Word (or anything else) has it open; on Linux, where a rename would succeed over an open file,
/// this is the only way to see the lock, so we always ask before writing.
/// </summary>
internal sealed record ExistingFile(bool Exists, bool IsLocked, string? Sha256)
{
    private static readonly ExistingFile Missing = new(false, false, null);
    private static readonly ExistingFile Held = new(true, true, null);

    /// <summary>Inspects <paramref name="path"/>; throws only for errors that are not "missing" or "in use".</summary>
    public static ExistingFile Inspect(string path)
    {
        if (!File.Exists(path))
        {
            return Missing;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return new ExistingFile(true, false, DraftManifest.Hash(stream));
        }
        catch (FileNotFoundException)
        {
            return Missing;
        }
        catch (IOException ex) when (IsSharingViolation(ex))
        {
            return Held;
        }
    }

    /// <summary>
    /// True for "the file is in use": Windows' sharing and lock violations, and on other systems
    /// any plain <see cref="IOException"/> from opening an existing file (.NET maps a failed
    /// advisory lock to one without a distinct code).
    /// </summary>
    public static bool IsSharingViolation(IOException ex)
    {
        const int sharingViolation = unchecked((int)0x80070020);
        const int lockViolation = unchecked((int)0x80070021);
        if (OperatingSystem.IsWindows())
        {
            return ex.HResult is sharingViolation or lockViolation;
        }

        return ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException);
    }
}
