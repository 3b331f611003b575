using System.Globalization;

namespace JuneBudget.Publishing;

/// <summary>
/// Prints batch progress as plain lines (fit for a log file or a redirected console):
/// every failure, and for large batches a line about every 5 %, so 1,000 units give ~20 lines,
/// not 1,000. Thread-safe.
/// </summary>
internal sealed class ConsoleProgressReporter : IProgress<BatchProgress>
{
    /// <summary>Batches up to this size get one line per unit.</summary>
    public const int EveryUnitUpTo = 50;

    private readonly TextWriter _writer;
    private readonly Lock _gate = new();

    /// <summary>Writes to <paramref name="writer"/>, or to standard error (keeping standard output for results).</summary>
    public ConsoleProgressReporter(TextWriter? writer = null) => _writer = writer ?? Console.Error;

    /// <inheritdoc />
    public void Report(BatchProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var step = Math.Max(1, (int)Math.Ceiling(value.Total / 20d));
        var show = value.Failed || value.Total <= EveryUnitUpTo || value.Completed % step == 0 || value.Completed == value.Total;
        if (!show)
        {
            return;
        }

        var width = value.Total.ToString(CultureInfo.InvariantCulture).Length;
        var counter = $"[{value.Completed.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{value.Total}]";
        var line = value.Failed
            ? $"{counter} 失败：{value.Message ?? value.UnitName}"
            : $"{counter} 完成：{value.UnitName}";
        lock (_gate)
        {
            _writer.WriteLine(Cli.PrintableText.Clean(line));
        }
    }
}
