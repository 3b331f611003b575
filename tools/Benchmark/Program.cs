using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using System.Diagnostics;
using System.Globalization;
using JuneBudget.Facts;
using JuneBudget.Markdown;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.SampleInput;
using JuneBudget.Templating;
using JuneBudget.Validation;
using JuneBudget.Workbooks;

// Speed goals belong here, not in tests. Run in Release:
//   dotnet run -c Release --project tools/Benchmark -- stages          per-stage times on the sample, warm
//   dotnet run -c Release --project tools/Benchmark -- make-batch 100 DIR   100 copies of the sample as different units
// then time the real command on that folder, e.g.
//   /usr/bin/time -v dotnet pipeline/bin/Release/net10.0/JuneBudget.dll build --input DIR --output OUT
//   dotnet run -c Release --project tools/Benchmark -- bdn        the same stages with BenchmarkDotNet (StageBenchmarks)
//   tools/Benchmark/batch.sh                                       the real build on 10, 100, 1,000 generated units
var mode = args.FirstOrDefault() ?? "stages";
if (mode == "bdn")
{
    var config = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
    BenchmarkDotNet.Running.BenchmarkSwitcher.FromTypes([typeof(JuneBudget.Benchmark.StageBenchmarks)]).Run(args[1..], config);
    return;
}
if (mode == "make-batch")
{
    // Copies of the sample as different units: written once, then each copy gets its own name in
    // the cover's 单位名称 cell (B4, an inline string) — writing 1,000 workbooks with ClosedXML
    // would take longer than building them.
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    var folder = Directory.CreateDirectory(args[2]).FullName;
    var sample = Seed004Sample.Workbook2024();
    var first = Path.Combine(folder, "样例单位0001.xlsx");
    WorkbookWriter.Write(sample with { Unit = sample.Unit with { Name = "样例单位0001" } }, first);
    for (var i = 2; i <= count; i++)
    {
        var path = Path.Combine(folder, $"样例单位{i:0000}.xlsx");
        File.Copy(first, path, overwrite: true);
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "<x:c r=\"B4\"[^>]*?(/>|>.*?</x:c>)",
            $"<x:c r=\"B4\" t=\"inlineStr\"><x:is><x:t>样例单位{i:0000}</x:t></x:is></x:c>");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(xml);
    }
    Console.WriteLine($"{count} workbooks in {folder}");
    return;
}

if (mode == "rows")
{
    // Growth in rows per unit: one generated unit (seed 1, unit 1: its other shape fixed) with
    // 10 … 400 项, built in memory; CPU time of the process per build (less sensitive to other
    // load than wall time), after warm-up.
    var rowTemplates = Path.Combine(JuneBudget.Cli.RepositoryPaths.Root, "templates");
    var rowBuilder = new UnitReportBuilder(rowTemplates, PageTemplates.Load(rowTemplates));
    Console.WriteLine($"{"项 rows",8} {"cpu ms/unit",12} {"wall ms/unit",13} {"docx KB",8}");
    foreach (var items in new[] { 10, 50, 100, 200, 400 })
    {
        var unit = JuneBudget.SampleInput.Synthetic.SyntheticUnits.Generate(1, 1, items);
        var year = new UnitYear(unit.Workbook, null, unit.Workbook.PriorYearSheet);
        for (var i = 0; i < 5; i++) rowBuilder.Build(year, [], "x");
        const int builds = 20;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        UnitDocuments? last = null;
        for (var i = 0; i < builds; i++) last = rowBuilder.Build(year, [], "x");
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / builds;
        var docx = last!.Files.First(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)).Content.Length / 1024;
        Console.WriteLine($"{items,8} {cpuMs,12:0.0} {watch.Elapsed.TotalMilliseconds / builds,13:0.0} {docx,8}");
    }
    return;
}

var root = JuneBudget.Cli.RepositoryPaths.Root;
var input = Path.Combine(root, "input");
var path2024 = Directory.GetFiles(input, "*2024*.xlsx").Single();
// The sample's previous year is the file of the same name with 2023 (the input holds another 2023 unit too).
var path2023 = Path.Combine(input, Path.GetFileName(path2024).Replace("2024", "2023", StringComparison.Ordinal));
var templates = Path.Combine(root, "templates");
const int Runs = 50;

// Warm up past tiered JIT, then time each run: the median is the typical warm cost, the mean
// includes the garbage collections a batch also pays.
double Time(string label, Action action)
{
    for (var i = 0; i < Runs; i++) action();
    var times = new double[Runs];
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }
    Array.Sort(times);
    Console.WriteLine($"{label,-42} median {times[Runs / 2],7:0.00} ms   mean {times.Average(),7:0.00} ms");
    return times[Runs / 2];
}

var current = WorkbookReader.Read(path2024).Workbook!;
var previous = WorkbookReader.Read(path2023).Workbook!;
var unitYear = new UnitYear(current, previous, PriorYearExtractor.FromWorkbook(previous));
var facts = ReportFactsBuilder.Build(unitYear);
var findings = new BudgetValidator().Validate(unitYear, facts);
var rendered = ReportTemplateRenderer.Render(facts, templates);
var pages = PageTemplates.Load(templates);
var words = pages.Words(current.Unit.Name, current.Unit.Year);
var grids = ReportGrids.Build(current, words.Grids);
var document = ReportDocument.Parse(rendered.Markdown, grids, rendered.Sources);

if (mode == "word")
{
    // The Word writer alone, CPU time of the process per document (steadier than wall time on a
    // shared machine), after warm-up; three rounds so the spread shows.
    for (var i = 0; i < 150; i++) WordReportWriter.Write(document, Stream.Null, new WordOptions(current.Unit.Name, 2024));
    for (var round = 0; round < 3; round++)
    {
        const int writes = 100;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < writes; i++) WordReportWriter.Write(document, Stream.Null, new WordOptions(current.Unit.Name, 2024));
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / writes;
        var mb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / writes / 1048576.0;
        Console.WriteLine($"write .docx: {cpuMs:0.0} ms CPU, {mb:0.0} MB allocated per document");
    }
    return;
}

if (mode == "publish")
{
    // Publishing one unit's files (the sample's, as built) into fresh folders: wall time per unit,
    // mostly waiting for the disk (fsync), so less sensitive to other processes' CPU load.
    var unitFiles = new UnitReportBuilder(templates, PageTemplates.Load(templates)).Build(unitYear, [], "样例").Files;
    var target = Path.Combine(Path.GetTempPath(), "junebudget-publish-bench-" + Environment.ProcessId);
    var publisher = new JuneBudget.Publishing.UnitPublisher("bench");
    for (var round = 0; round < 3; round++)
    {
        const int units = 40;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < units; i++) publisher.Publish(Path.Combine(target, $"{round}-{i}"), unitFiles);
        Console.WriteLine($"publish {unitFiles.Count} files: {watch.Elapsed.TotalMilliseconds / units:0.0} ms wall per unit");
    }
    Directory.Delete(target, recursive: true);
    return;
}

Time("read one workbook", () => WorkbookReader.Read(path2024));
Time("  of which: open + snapshot sheets", () =>
{
    using var stream = File.OpenRead(path2024);
    WorkbookPackage.ReadSheets(stream, new ContentGuard("x"));
});
Time("identify (cover only)", () => WorkbookReader.Identify(path2024));
List<SheetReader> snapshots;
using (var stream = File.OpenRead(path2024)) snapshots = WorkbookPackage.ReadSheets(stream, new ContentGuard("x"));
Time("  nine tables from snapshots", () => StatutoryTablesReader.Read(snapshots, new CellReader("x"), current.Unit.Format, 1m));
Time("Scriban context (builtins + functions + model)", () => TemplateContextFactory.Create(facts));
Time("facts", () => ReportFactsBuilder.Build(unitYear));
Time("validate", () => new BudgetValidator().Validate(unitYear, facts));
Time("Markdown (Scriban)", () => ReportTemplateRenderer.Render(facts, templates));
Time("grids + parse document tree", () => ReportDocument.Parse(rendered.Markdown,
    ReportGrids.Build(current, words.Grids), rendered.Sources));
Time("write .docx", () => WordReportWriter.Write(document, Stream.Null, new WordOptions(current.Unit.Name, 2024)));
Time("write .html (public)", () => HtmlReportWriter.Write(document, TextWriter.Null, new HtmlOptions { Pages = pages }));
Time("write .html (review)", () => HtmlReportWriter.Write(document, TextWriter.Null, new HtmlOptions { Pages = pages, Review = true, Findings = findings }));
var builder = new UnitReportBuilder(templates, pages);
Time("one unit in memory (validate → all files)", () => builder.Build(unitYear, [], "样例"));
Time("one unit including reading both workbooks", () =>
{
    var c = WorkbookReader.Read(path2024).Workbook!;
    var p = WorkbookReader.Read(path2023).Workbook!;
    builder.Build(new UnitYear(c, p, PriorYearExtractor.FromWorkbook(p)), [], "样例");
});

if (args.Contains("--dynamic"))
{
    using var listener = new DynamicMethodListener();
    for (var i = 0; i < 20; i++) builder.Build(unitYear, [], "样例");
    foreach (var (name, n) in listener.Counts.OrderByDescending(kv => kv.Value).Take(25)) Console.WriteLine($"{n,6}  {name}");
}

sealed class DynamicMethodListener : System.Diagnostics.Tracing.EventListener
{
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Counts { get; } = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x10);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName != "MethodLoadVerbose_V2" && e.EventName != "MethodLoadVerbose_V1" && e.EventName != "MethodLoadVerbose") return;
        var ns = e.Payload?[e.PayloadNames!.IndexOf("MethodNamespace")]?.ToString() ?? "";
        var name = e.Payload?[e.PayloadNames!.IndexOf("MethodName")]?.ToString() ?? "";
        if (ns.Contains("dynamicClass", StringComparison.Ordinal)) Counts.AddOrUpdate(name, 1, (_, n) => n + 1);
    }
}
