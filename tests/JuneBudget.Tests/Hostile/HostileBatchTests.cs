using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using Xunit.Abstractions;

namespace JuneBudget.Tests.Hostile;

/// <summary>
/// The hostile corpus (<see cref="HostileCorpus"/>) in one batch beside the sample, built once for
/// the class, and the sample alone for comparison.
/// </summary>
public sealed class HostileBatch : IDisposable
{
    public HostileBatch()
    {
        Clean = new BatchInput().WithSample();
        CleanExit = JuneBudgetCli.Build(Clean);

        Corpus = new BatchInput().WithSample();
        foreach (var @case in HostileCorpus.Cases) @case.Make(Path.Combine(Corpus.Input, @case.FileName));
        // Another program holds one workbook exclusively for the whole run.
        using (new FileStream(Path.Combine(Corpus.Input, HostileCorpus.Held), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            CorpusExit = JuneBudgetCli.Build(Corpus);

        Index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Corpus.Output, "审核总览.html")));
        Unprocessed = Index.QuerySelectorAll("table.unprocessed tbody tr")
            .Select(r => (File: r.Children[0].TextContent, Reason: r.Children[1].TextContent)).ToList();
        foreach (var json in Directory.GetFiles(Corpus.Output, "校验结果.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(json));
            var file = document.RootElement.GetProperty("file").GetString()!;
            Built[file] = (Path.GetDirectoryName(json)!, document.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (Id: f.GetProperty("id").GetString()!, Message: f.GetProperty("message").GetString()!,
                    Cells: f.GetProperty("cells").EnumerateArray().Select(c => (File: c.GetProperty("file").GetString()!,
                        Sheet: c.GetProperty("sheet").GetString()!, Cell: c.GetProperty("cell").GetString()!)).ToList()))
                .ToList());
        }
    }

    internal BatchInput Clean { get; }
    public int CleanExit { get; }
    internal BatchInput Corpus { get; }
    public int CorpusExit { get; }
    public AngleSharp.Html.Dom.IHtmlDocument Index { get; }
    public List<(string File, string Reason)> Unprocessed { get; }

    /// <summary>Per input file built: its output folder and findings.</summary>
    public Dictionary<string, (string Folder, List<(string Id, string Message, List<(string File, string Sheet, string Cell)> Cells)> Findings)> Built { get; } = [];

    public void Dispose()
    {
        Clean.Dispose();
        Corpus.Dispose();
    }
}

/// <summary>
/// Nothing a workbook can do stops the batch or leaks into the published page: the sample's
/// outputs are byte-identical to a clean run, every corpus file is accounted for with a finding
/// naming it (and sheet and cell where there is one), every public page holds only the writer's
/// markup, and no file costs more than a loose memory bound to read.
/// </summary>
public sealed class HostileBatchTests(HostileBatch batch, ITestOutputHelper output) : IClassFixture<HostileBatch>
{
    private const string Sample = "乌鲁木齐市工业和信息化局(本级)";

    public static TheoryData<string> Files() => [.. HostileCorpus.Cases.Select(c => c.FileName)];

    [Fact]
    public void TheBatchFinishesWithValidationErrorsAndNoUnitFailure()
    {
        Assert.Equal(ExitCodes.Ok, batch.CleanExit);
        // Unusable files make the batch's exit code non-zero; no unit failed outright.
        Assert.Equal(ExitCodes.ValidationErrors, batch.CorpusExit);
        Assert.DoesNotContain(batch.Unprocessed, u => u.Reason.Contains("处理“", StringComparison.Ordinal));
        // No lock and no temporary file left behind.
        Assert.Empty(Directory.GetFiles(batch.Corpus.Output, ".junebudget-*.tmp", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(batch.Corpus.Output, JuneBudget.Publishing.OutputLock.FileName)));
    }

    [Fact]
    public void TheSamplesOutputsAreByteIdenticalToACleanRun()
    {
        var clean = Path.Combine(batch.Clean.Output, Sample, "2024");
        var beside = Path.Combine(batch.Corpus.Output, Sample, "2024");
        var names = Directory.GetFiles(clean).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(beside).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(beside, name!))), name);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryCorpusFileIsAccountedForByAFindingNamingIt(string fileName)
    {
        var @case = HostileCorpus.Cases.Single(c => c.FileName == fileName);
        if (@case.Outcome == Outcome.Unprocessed)
        {
            var row = Assert.Single(batch.Unprocessed, u => u.File == fileName);
            Assert.StartsWith(fileName, row.Reason, StringComparison.Ordinal);
            if (@case.Sheet is not null) Assert.Contains(@case.Sheet, row.Reason, StringComparison.Ordinal);
            if (@case.Cell is not null) Assert.Contains(@case.Cell, row.Reason, StringComparison.Ordinal);
            Assert.False(batch.Built.ContainsKey(fileName));
            return;
        }

        Assert.True(batch.Built.TryGetValue(fileName, out var built), $"{fileName} was not built");
        Assert.DoesNotContain(batch.Unprocessed, u => u.File == fileName);
        if (@case.RuleId is not null)
        {
            Assert.Contains(built.Findings, f => f.Id == @case.RuleId && f.Cells.Any(c =>
                c.File == fileName && (@case.Sheet is null || c.Sheet == @case.Sheet) && (@case.Cell is null || c.Cell == @case.Cell)));
        }
        // Every finding of the file names the file.
        Assert.All(built.Findings.Where(f => f.Id.StartsWith("READ-", StringComparison.Ordinal)), f => Assert.Contains(f.Cells, c => c.File == fileName));
        var checklist = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(built.Folder, "审核清单.html")));
        Assert.Contains(@case.Unit!, checklist.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ThePublicPageHoldsOnlyTheWritersMarkupAndTheReviewPageHasItsOwnName(string fileName)
    {
        if (!batch.Built.TryGetValue(fileName, out var built)) return;
        var pages = Directory.GetFiles(built.Folder, "*.html").Select(Path.GetFileName).ToList();
        var publicPage = Assert.Single(pages, p => p!.EndsWith("年度部门决算公开说明.html", StringComparison.Ordinal));
        Assert.Single(pages, p => p!.EndsWith("年度部门决算公开说明（审核版）.html", StringComparison.Ordinal));
        Assert.Empty(PublicHtml.Foreign(File.ReadAllText(Path.Combine(built.Folder, publicPage!))));
    }

    [Fact]
    public void ControlCharactersAreGoneFromTheUnitsNamesAndFiles()
    {
        var (folder, findings) = batch.Built["05-控制字符.xlsx"];
        Assert.Equal("攻击样本05[2J", Path.GetFileName(Path.GetDirectoryName(folder)));
        Assert.Contains(findings, f => f.Id == ReadFindings.TextCleaned && f.Cells.Any(c => c.Sheet == "主要原因" && c.Cell == "C4"));
        Assert.True(File.Exists(Path.Combine(folder, "攻击样本05[2J2024年度部门决算公开说明.docx")));
    }

    [Fact]
    public void EveryKindOfNonAmountIsAFindingAtItsCell()
    {
        var findings = batch.Built["16-金额异常.xlsx"].Findings.Where(f => f.Id == ReadFindings.BadNumber && f.Cells[0].Sheet == "公开01表");
        Assert.Equal(["F7", "F8", "F9", "F10", "F11", "F12", "F13"], findings.Select(f => f.Cells[0].Cell).Distinct().Order(StringComparer.Ordinal)
            .OrderBy(c => int.Parse(c[1..], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AHeldInputIsNamedInChinese()
    {
        var row = Assert.Single(batch.Unprocessed, u => u.File == HostileCorpus.Held);
        Assert.Contains("独占打开", row.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadingACorpusFileStaysWithinALooseBound(string fileName)
    {
        // A ceiling, not a timing: CI must not depend on machine speed. Memory is what the bombs
        // blew up (5 GB for the merge, 3 GB for the long string); 1 GB per file is the bound.
        var path = Path.Combine(batch.Corpus.Input, fileName);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        WorkbookReader.Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{fileName}: {watch.ElapsedMilliseconds} ms, {allocated / 1024 / 1024} MB allocated");
        Assert.True(allocated < 1L << 30, $"{fileName} allocated {allocated:N0} bytes");
    }
}
