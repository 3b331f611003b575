using Serilog;
using Serilog.Events;

namespace JuneBudget.Cli;

/// <summary>
/// Serilog for one run: concise Chinese lines on the console, everything (debug and stack traces
/// included) in a log file under the output folder's logs/ (one file per run, named by start
/// time). Input text is printed only through <see cref="PrintableTextEnricher"/>.
/// </summary>
internal sealed class RunLogging
{
    private RunLogging(Serilog.Core.Logger logger, string file)
    {
        Logger = logger;
        File = file;
    }

    public Serilog.Core.Logger Logger { get; }

    /// <summary>The log file of this run (full path).</summary>
    public string File { get; }

    /// <summary>
    /// The run's logging, or null when the output folder cannot be written (a file in its place,
    /// no permission …): then a Chinese message is on standard error and the caller exits 1.
    /// </summary>
    public static RunLogging? TryCreate(string outputFolder, bool verbose)
    {
        string file;
        try
        {
            var logs = Path.Combine(outputFolder, "logs");
            Directory.CreateDirectory(logs);
            file = Path.Combine(logs, $"junebudget-{DateTime.Now:yyyyMMdd-HHmmss-fff}.log");
            // Serilog's file sink reports a failed open to its self-log only; try it here first.
            using (new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Console.Error.WriteLine(PrintableText.Clean(UnwritableMessage(outputFolder, ex)));
            return null;
        }

        var logger = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .Enrich.With<PrintableTextEnricher>()
            .WriteTo.Console(
                restrictedToMinimumLevel: verbose ? LogEventLevel.Debug : LogEventLevel.Information,
                outputTemplate: "{Message:lj}{NewLine}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(file,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        return new RunLogging(logger, file);
    }

    /// <summary>Why the output folder cannot be used, and what to do.</summary>
    internal static string UnwritableMessage(string outputFolder, Exception ex)
    {
        var reason = ex switch
        {
            _ when System.IO.File.Exists(outputFolder) => "该路径是一个文件，不是文件夹",
            UnauthorizedAccessException => "没有写入权限",
            PathTooLongException => "路径过长",
            _ when Ancestors(outputFolder).Any(System.IO.File.Exists) => "路径中的上级文件夹是一个文件",
            _ => $"无法创建或写入（{ex.GetType().Name}）",
        };
        return $"无法写入输出文件夹“{outputFolder}”：{reason}。请用 --output 指定一个可以写入的文件夹。";
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
            yield return dir;
    }
}
