using JuneBudget.Publishing;

namespace JuneBudget.Tests.Publishing;

public sealed class BatchRunnerTests
{
    [Fact]
    public async Task AnExceptionInOneUnitFailsOnlyThatUnitAndResultsKeepInputOrder()
    {
        string[] units = ["甲局", "乙局", "丙局", "丁局", "戊局", "己局"];

        var results = await BatchRunner.RunAsync(units, unit => unit, (unit, _) =>
        {
            // Later units finish first, so completion order is the reverse of input order.
            Thread.Sleep((units.Length - Array.IndexOf(units, unit)) * 15);
            return unit == "丙局" ? throw new InvalidOperationException("工作簿已损坏") : unit + "：完成";
        }, maxParallelism: 3);

        Assert.Equal(units, results.Select(r => r.UnitName));
        Assert.Equal(Enumerable.Range(0, units.Length), results.Select(r => r.Index));
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal("丙局", failed.UnitName);
        Assert.Equal("处理“丙局”时出错：工作簿已损坏", failed.ErrorMessage);
        Assert.IsType<InvalidOperationException>(failed.Exception);
        Assert.Equal(["甲局：完成", "乙局：完成", "丁局：完成", "戊局：完成", "己局：完成"], results.Where(r => r.Succeeded).Select(r => r.Value));
    }

    [Fact]
    public void UnitsRunInParallel()
    {
        using var bothRunning = new Barrier(2);

        // Each unit waits until the other has started too; run one at a time, both would time out.
        var results = BatchRunner.Run(["甲局", "乙局"], unit => unit, (_, token) => bothRunning.SignalAndWait(TimeSpan.FromSeconds(10), token), maxParallelism: 2);

        Assert.All(results, r => Assert.True(r.Value));
    }

    [Fact]
    public async Task ProgressCountsUpOncePerUnitAndNamesEachUnit()
    {
        var units = Enumerable.Range(1, 20).Select(i => $"单位{i}").ToList();
        var seen = new RecordingProgress();

        await BatchRunner.RunAsync(units, unit => unit, (unit, _) => unit == "单位7" ? throw new IOException("磁盘已满") : 0, seen);

        Assert.Equal(Enumerable.Range(1, 20), seen.Reports.Select(p => p.Completed));
        Assert.All(seen.Reports, p => Assert.Equal(20, p.Total));
        Assert.Equal(units.Order(), seen.Reports.Select(p => p.UnitName).Order());
        var failure = Assert.Single(seen.Reports, p => p.Failed);
        Assert.Equal("处理“单位7”时出错：磁盘已满", failure.Message);
    }

    [Fact]
    public async Task CancellingTheBatchStopsItInsteadOfFailingEachUnit()
    {
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BatchRunner.RunAsync(
            Enumerable.Range(0, 100).ToList(), i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), (i, token) =>
            {
                cancel.Cancel();
                token.ThrowIfCancellationRequested();
                return i;
            }, maxParallelism: 1, cancellationToken: cancel.Token));
    }

    [Fact]
    public void ASmallBatchPrintsOneLinePerUnit()
    {
        using var output = new StringWriter();
        var reporter = new ConsoleProgressReporter(output);

        reporter.Report(new BatchProgress(1, 12, "甲局", false, null));
        reporter.Report(new BatchProgress(2, 12, "乙局", true, "处理“乙局”时出错：工作簿已损坏"));

        Assert.Equal(["[ 1/12] 完成：甲局", "[ 2/12] 失败：处理“乙局”时出错：工作簿已损坏"], Lines(output));
    }

    [Fact]
    public void ALargeBatchPrintsAboutTwentyLinesPlusEveryFailure()
    {
        using var output = new StringWriter();
        var reporter = new ConsoleProgressReporter(output);

        for (var n = 1; n <= 1000; n++)
        {
            reporter.Report(new BatchProgress(n, 1000, $"单位{n}", n == 333, n == 333 ? "处理“单位333”时出错：坏" : null));
        }

        var lines = Lines(output);
        Assert.Equal(21, lines.Count);
        Assert.Equal("[  50/1000] 完成：单位50", lines[0]);
        Assert.Contains("[ 333/1000] 失败：处理“单位333”时出错：坏", lines);
        Assert.Equal("[1000/1000] 完成：单位1000", lines[^1]);
    }

    private static List<string> Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToList();

    private sealed class RecordingProgress : IProgress<BatchProgress>
    {
        public List<BatchProgress> Reports { get; } = [];

        public void Report(BatchProgress value) => Reports.Add(value);
    }
}
