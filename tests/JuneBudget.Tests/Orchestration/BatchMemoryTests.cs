using JuneBudget.Cli;
using JuneBudget.Format;
using JuneBudget.Orchestration;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Orchestration;

/// <summary>Runs alone: the live heap it measures is the whole process's, so no other test may allocate meanwhile.</summary>
[CollectionDefinition(nameof(MeasuresTheHeap), DisableParallelization = true)]
public sealed class MeasuresTheHeap;

/// <summary>
/// A province's batch must fit where a department's does: each unit is read, built, written and
/// released by its worker, so the memory a batch holds does not depend on how many units it has.
/// Measured as the live managed heap after a full collection, sampled as each unit finishes (what
/// the batch still holds then: the plan, the index rows, the units other workers are building).
/// Not a timing: the same count of bytes on any machine, give or take the collector.
/// </summary>
[Collection(nameof(MeasuresTheHeap))]
public sealed class BatchMemoryTests
{
    [Fact]
    public void TheLiveHeapAt200UnitsIsWithinTwentyPercentOfThatAt50()
    {
        var at50 = PeakLiveHeap(50);
        var at200 = PeakLiveHeap(200);

        Assert.True(at200 <= at50 * 1.2, $"peak live heap {at200 / 1024 / 1024.0:0.0} MB at 200 units, {at50 / 1024 / 1024.0:0.0} MB at 50");
    }

    private static long PeakLiveHeap(int units)
    {
        using var batch = new BatchInput();
        var sample = Directory.GetFiles(Path.Combine(RepoPaths.Root, "input"), "*2024*.xlsx").Single();
        for (var i = 1; i <= units; i++)
        {
            // Distinct units from the sample workbook: only the name on the cover (B4) differs.
            var path = Path.Combine(batch.Input, $"单位{i:000}.xlsx");
            File.Copy(sample, path);
            XlsxSurgery.SetText(path, SheetNames.封面, "B4", $"测试单位{i:000}");
        }
        long peak = 0;
        var gate = new Lock();
        var code = BuildRun.Execute(new BuildSettings(batch.Input, batch.Output, RepoPaths.Templates, Strict: false, Verbose: false),
            run => unit =>
            {
                var outcome = run(unit);
                var live = GC.GetTotalMemory(forceFullCollection: true);
                lock (gate) peak = Math.Max(peak, live);
                return outcome;
            });
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(units, Directory.GetDirectories(batch.Output).Count(d => Path.GetFileName(d).StartsWith("测试单位", StringComparison.Ordinal)));
        return peak;
    }
}
