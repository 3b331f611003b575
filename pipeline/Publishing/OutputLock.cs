using System.Diagnostics;
using System.Globalization;

namespace JuneBudget.Publishing;

/// <summary>
/// One build (or validate) at a time per output folder: a lock file <c>.junebudget.lock</c> in
/// it, created exclusively, holding the owner's process id, start time and computer. Two builds
/// into one folder used to overwrite each other's manifests, after which fresh drafts counted as
/// reviewer-edited. A second build waits a little, then says who holds the folder; a lock left
/// by a process that no longer runs (a killed build) is taken over. Removed when disposed.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    public const string FileName = ".junebudget.lock";

    private readonly FileStream _stream;
    private readonly string _path;

    private OutputLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>
    /// Takes the lock of <paramref name="folder"/> (created if needed), waiting up to
    /// <paramref name="wait"/> for another holder; null when it is still held, with
    /// <paramref name="holder"/> describing the holder in Chinese. Throws the IO exception when
    /// the folder cannot be written at all.
    /// </summary>
    public static OutputLock? TryAcquire(string folder, TimeSpan wait, out string holder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read);
                using var process = Process.GetCurrentProcess();
                var owner = new Owner(Environment.ProcessId, process.StartTime.ToUniversalTime(), Environment.MachineName);
                var bytes = System.Text.Encoding.UTF8.GetBytes(owner.ToText());
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
                holder = string.Empty;
                return new OutputLock(stream, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                var text = ReadHolder(path);
                var owner = Owner.Parse(text);
                if (owner is null ? IsOlderThan(path, TimeSpan.FromMinutes(1)) : !owner.IsRunning())
                {
                    // Taken over only if it is still the same stale file (another waiter may have done it first).
                    if (ReadHolder(path) == text) TryDelete(path);
                    continue;
                }
                holder = owner?.Describe() ?? "另一个进程（锁文件正在写入）";
                if (DateTime.UtcNow >= deadline) return null;
                Thread.Sleep(200);
            }
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        TryDelete(_path);
    }

    private static string ReadHolder(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static bool IsOlderThan(string path, TimeSpan age)
    {
        try
        {
            return File.GetLastWriteTimeUtc(path) < DateTime.UtcNow - age;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run, which sees that its owner is gone.
        }
    }

    /// <summary>Who holds a lock: process id, process start (UTC; a reused id has another), computer.</summary>
    internal sealed record Owner(int ProcessId, DateTime Started, string Machine)
    {
        public string ToText() => string.Create(CultureInfo.InvariantCulture,
            $"pid={ProcessId}\nstarted={Started:O}\nmachine={Machine}\n");

        public static Owner? Parse(string text)
        {
            var values = text.Split('\n').Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
            return values.TryGetValue("pid", out var pid) && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && values.TryGetValue("started", out var started)
                && DateTime.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
                ? new Owner(id, start.ToUniversalTime(), values.GetValueOrDefault("machine") ?? string.Empty)
                : null;
        }

        /// <summary>True unless the owner is known gone: on this computer, no such process, or one started at another time.</summary>
        public bool IsRunning()
        {
            if (!string.Equals(Machine, Environment.MachineName, StringComparison.OrdinalIgnoreCase)) return true;
            try
            {
                using var process = Process.GetProcessById(ProcessId);
                return !process.HasExited && Math.Abs((process.StartTime.ToUniversalTime() - Started).TotalSeconds) < 2;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"进程 {ProcessId}（计算机 {Machine}，开始于 {Started.ToLocalTime():yyyy-MM-dd HH:mm:ss}）");
    }
}
