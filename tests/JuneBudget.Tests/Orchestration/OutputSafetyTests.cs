using System.Diagnostics;
using System.Globalization;
using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Orchestration;

/// <summary>
/// The output folder under contention and misuse: one run at a time (a live holder is named, a
/// dead one's lock taken over), leftovers of a killed run removed, an unwritable folder a plain
/// message and exit 1, a renamed unit's old folder reported and kept, a unit's unforeseen failure
/// that unit's alone with the log named.
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Sample = "乌鲁木齐市工业和信息化局(本级)";

    private static BuildSettings Settings(BatchInput batch) =>
        new(batch.Input, batch.Output, RepoPaths.Templates, Strict: false, Verbose: false) { LockWait = TimeSpan.FromMilliseconds(600) };

    private static void WriteLock(string output, int pid, DateTime started)
    {
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, OutputLock.FileName), new OutputLock.Owner(pid, started, Environment.MachineName).ToText());
    }

    [Fact]
    public void ASecondRunWaitsThenSaysWhoHoldsTheFolderAndWritesNothing()
    {
        using var batch = new BatchInput().WithSample();
        using var self = Process.GetCurrentProcess();
        WriteLock(batch.Output, Environment.ProcessId, self.StartTime.ToUniversalTime());

        Assert.Equal(ExitCodes.Failure, BuildRun.Execute(Settings(batch)));

        Assert.False(Directory.Exists(Path.Combine(batch.Output, Sample)));
        var log = File.ReadAllText(Directory.GetFiles(Path.Combine(batch.Output, "logs")).Single());
        Assert.Contains($"进程 {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}", log, StringComparison.Ordinal);
        Assert.Contains("正由另一次运行使用", log, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(batch.Output, OutputLock.FileName)));
    }

    [Fact]
    public void TheLockOfAProcessThatNoLongerRunsIsTakenOverAndLeftoversAreRemoved()
    {
        using var batch = new BatchInput().WithSample();
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        WriteLock(batch.Output, gone.Id, DateTime.UtcNow.AddMinutes(-5));
        var unit = Path.Combine(batch.Output, Sample, "2024");
        Directory.CreateDirectory(unit);
        var leftover = Path.Combine(unit, AtomicFileWriter.TemporaryPrefix + "0123456789abcdef" + AtomicFileWriter.TemporaryExtension);
        File.WriteAllText(leftover, "half a draft");

        Assert.Equal(ExitCodes.Ok, BuildRun.Execute(Settings(batch)));

        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(Path.Combine(batch.Output, OutputLock.FileName)));
        Assert.True(File.Exists(Path.Combine(unit, Sample + "2024年度部门决算公开说明.docx")));
    }

    [Fact]
    public void AnOutputPathThatIsAFileIsAPlainMessageAndExitOne()
    {
        using var batch = new BatchInput().WithSample();
        File.WriteAllText(batch.Output, "not a folder");

        Assert.Equal(ExitCodes.Failure, BuildRun.Execute(Settings(batch)));
        Assert.Equal(ExitCodes.Failure, ValidateRun.Execute(Settings(batch)));
        Assert.Equal(ExitCodes.Failure, BuildRun.Execute(Settings(batch) with { OutputFolder = Path.Combine(batch.Output, "下级") }));
        Assert.Contains("是一个文件", RunLogging.UnwritableMessage(batch.Output, new IOException()), StringComparison.Ordinal);
        Assert.Contains("上级文件夹是一个文件", RunLogging.UnwritableMessage(Path.Combine(batch.Output, "下级"), new IOException()), StringComparison.Ordinal);
    }

    [Fact]
    public void ARenamedUnitIsReportedWithItsOldFolderWhichIsLeftUntouched()
    {
        using var batch = new BatchInput().WithSecondUnit();
        BuildRun.Execute(Settings(batch));
        var old = Path.Combine(batch.Output, SecondUnitSample.Name, "2024");
        var before = Directory.GetFiles(old).ToDictionary(f => f, File.ReadAllBytes);

        batch.WithSecondUnit(unitName: "乌鲁木齐市改名局");
        BuildRun.Execute(Settings(batch));

        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        Assert.True(Directory.Exists(Path.Combine(batch.Output, "乌鲁木齐市改名局", "2024")));
        var index = File.ReadAllText(Path.Combine(batch.Output, "审核总览.html"));
        Assert.Contains("单位名称与上次生成时不同", index, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(SecondUnitSample.Name, "2024"), index, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnforeseenFailureIsThatUnitsFailureWithItsLogAndTheBatchGoesOn()
    {
        using var batch = new BatchInput().WithSample().WithSecondUnit();
        UnitOutcome Fails(PlannedUnit unit) => throw new InvalidOperationException("模拟的内部错误");

        var code = BuildRun.Execute(Settings(batch), run => unit => unit.Unit.Name == SecondUnitSample.Name ? Fails(unit) : run(unit));

        Assert.Equal(ExitCodes.ValidationErrors, code);
        Assert.True(File.Exists(Path.Combine(batch.Output, Sample, "2024", Sample + "2024年度部门决算公开说明.docx")));
        var index = File.ReadAllText(Path.Combine(batch.Output, "审核总览.html"));
        Assert.Contains($"处理“{SecondUnitSample.Name}”时出错：模拟的内部错误（详细信息见日志 logs", index, StringComparison.Ordinal);
        var log = File.ReadAllText(Directory.GetFiles(Path.Combine(batch.Output, "logs")).Single());
        Assert.Contains("at JuneBudget.Tests.Orchestration.OutputSafetyTests", log, StringComparison.Ordinal);
    }

    [Fact]
    public void TheManifestKeepsWhatAnotherWriterSavedInBetween()
    {
        using var folder = new TempFolder();
        var mine = DraftManifest.Load(folder.Path);
        var theirs = DraftManifest.Load(folder.Path);
        theirs.Record(new ManifestEntry("甲.docx", "aa", 1, "1"));
        theirs.Save(folder.Path);

        mine.Record(new ManifestEntry("乙.docx", "bb", 2, "1"));
        mine.Save(folder.Path);

        Assert.Equal(["乙.docx", "甲.docx"], DraftManifest.Load(folder.Path).Entries.Select(e => e.Name).Order(StringComparer.Ordinal));
    }
}
