using JuneBudget.Cli;
using JuneBudget.Publishing;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>
/// The start every run that writes into an output folder shares: the run's log (or a Chinese
/// message and exit 1 when the folder cannot be written), the folder's lock (or who holds it,
/// and exit 1), and the temporary files a killed run left behind, removed now that no other run
/// can be writing.
/// </summary>
internal sealed class OutputSession : IDisposable
{
    private readonly RunLogging _logging;
    private readonly OutputLock _lock;

    private OutputSession(RunLogging logging, OutputLock outputLock)
    {
        _logging = logging;
        _lock = outputLock;
    }

    public ILogger Log => _logging.Logger;

    /// <summary>The log file, relative to the output folder when inside it (for messages that point to it).</summary>
    public string LogFile { get; private init; } = string.Empty;

    /// <summary>The session, or null with the exit code already decided (the reason is on the console).</summary>
    public static OutputSession? TryOpen(BuildSettings settings)
    {
        if (RunLogging.TryCreate(settings.OutputFolder, settings.Verbose) is not { } logging) return null;
        OutputLock? outputLock;
        string holder;
        try
        {
            outputLock = OutputLock.TryAcquire(settings.OutputFolder, settings.LockWait, out holder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logging.Logger.Error("{Message}", RunLogging.UnwritableMessage(settings.OutputFolder, ex));
            logging.Logger.Dispose();
            return null;
        }
        if (outputLock is null)
        {
            logging.Logger.Error("输出文件夹“{Folder}”正由另一次运行使用：{Holder}。请等它结束后再运行；如果确认没有其他运行，请删除文件 {Lock}。",
                settings.OutputFolder, holder, Path.Combine(settings.OutputFolder, OutputLock.FileName));
            logging.Logger.Dispose();
            return null;
        }
        var removed = AtomicFileWriter.RemoveTemporaryFiles(settings.OutputFolder);
        if (removed > 0) logging.Logger.Information("已删除上次中断运行留下的 {Count} 个临时文件", removed);
        return new OutputSession(logging, outputLock) { LogFile = Path.GetRelativePath(settings.OutputFolder, logging.File) };
    }

    public void Dispose()
    {
        _lock.Dispose();
        _logging.Logger.Dispose();
    }
}
