using Serilog;
using Serilog.Events;

namespace JuneBudget.Cli;

/// <summary>
/// Serilog for one run: concise Chinese lines on the console, everything (debug included) in a
/// log file under the output folder's logs/ (one file per run, named by start time).
/// </summary>
internal static class RunLogging
{
    public static Serilog.Core.Logger Create(string outputFolder, bool verbose)
    {
        var logs = Path.Combine(outputFolder, "logs");
        Directory.CreateDirectory(logs);
        var file = Path.Combine(logs, $"junebudget-{DateTime.Now:yyyyMMdd-HHmmss-fff}.log");
        return new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Console(
                restrictedToMinimumLevel: verbose ? LogEventLevel.Debug : LogEventLevel.Information,
                outputTemplate: "{Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(file,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
    }
}
