using JuneBudget.Discovery;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Discovery;

public sealed class InputScannerTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Save(TestWorkbookBuilder b, string relative)
    {
        using (b)
        {
            var full = Path.Combine(_dir.Path, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            b.Book.SaveAs(full);
        }
    }

    [Fact]
    public void Every_file_is_accounted_for_housekeeping_files_and_an_output_folder_inside_are_not_input()
    {
        Save(TestWorkbookBuilder.Canonical("乙局", 2024), "b.xlsm");
        File.WriteAllText(Path.Combine(_dir.Path, "导出.csv"), "项目,金额");
        File.WriteAllText(Path.Combine(_dir.Path, "说明"), "?");
        File.WriteAllText(Path.Combine(_dir.Path, ".DS_Store"), "mac");
        File.WriteAllText(Path.Combine(_dir.Path, "Thumbs.db"), "win");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "output", "乙局"));
        File.WriteAllText(Path.Combine(_dir.Path, "output", "乙局", "乙局2024年度部门决算公开说明.docx"), "draft");

        var scan = InputScanner.Scan(_dir.Path, Path.Combine(_dir.Path, "output"));

        Assert.Equal("乙局", Assert.Single(scan.Units).Unit.Name);
        var refused = scan.Findings.Where(f => f.RuleId == ReadFindings.NotAWorkbook).ToList();
        Assert.Equal(["导出.csv", "说明"], refused.Select(f => f.File));
        Assert.Contains("另存为 .xlsx", refused[0].Message, StringComparison.Ordinal);
        Assert.All(refused, f => Assert.Equal(Model.Severity.Error, f.Severity));
    }

    [Fact]
    public void Scanning_pairs_years_refuses_duplicates_and_skips_lock_files_and_blank_templates()
    {
        // File names deliberately lie: unit and year come from the cover.
        Save(TestWorkbookBuilder.Canonical("乙局", 2024), "b.xlsx");
        Save(TestWorkbookBuilder.Canonical("甲局（本级）", 2023), "旧/甲2024.xlsx");
        Save(TestWorkbookBuilder.Canonical("甲局(本级)", 2024), "甲.xlsx");
        Save(TestWorkbookBuilder.Canonical("丙局", 2024), "丙1.xlsx");
        Save(TestWorkbookBuilder.Canonical("丙局", 2024), "子/丙2.xlsx");
        var blank = new TestWorkbookBuilder();
        blank.Cover("丁局", 2024);
        Save(blank, "丁模板.xlsx");
        // An unfilled template beside the filled copy of the same unit and year is no duplicate.
        var blankBeside = new TestWorkbookBuilder();
        blankBeside.Cover("乙局", 2024);
        Save(blankBeside, "乙模板.xlsx");
        File.WriteAllText(Path.Combine(_dir.Path, "~$甲.xlsx"), "lock");
        File.WriteAllText(Path.Combine(_dir.Path, "坏.xlsx"), "not a workbook");

        var scan = InputScanner.Scan(_dir.Path);

        Assert.Equal(8, scan.Workbooks.Count);
        // Planning reads covers only: the lone blank template is planned, and skipped once read whole.
        Assert.Equal([("丁局", 2024), ("乙局", 2024), ("甲局(本级)", 2024), ("甲局（本级）", 2023)],
            scan.Units.Select(u => (u.Unit.Name, u.Unit.Year)));
        Assert.Equal("b.xlsx", scan.Units.Single(u => u.Unit.Name == "乙局").Current.FileName);
        var jia = scan.Units.Single(u => u.Unit.Year == 2024 && u.Unit.Name.StartsWith('甲'));
        Assert.Equal("甲2024.xlsx", jia.Previous!.FileName);
        var jiaLoaded = UnitLoader.Load(jia).Unit!;
        Assert.Equal("甲2024.xlsx", jiaLoaded.PreviousWorkbook!.FileName);
        Assert.Equal("甲2024.xlsx", jiaLoaded.Prior!.Origin);
        Assert.Null(UnitLoader.Load(scan.Units.Single(u => u.Unit.Name == "乙局")).Unit!.Prior);
        var dup = Assert.Single(scan.Findings, f => f.RuleId == ReadFindings.DuplicateUnitYear);
        Assert.Equal(["丙1.xlsx", "丙2.xlsx"], dup.Cells.Select(c => c.File));
        Assert.Contains(scan.Findings, f => f.RuleId == ReadFindings.BlankWorkbookSkipped && f.File == "乙模板.xlsx");
        var ding = UnitLoader.Load(scan.Units.Single(u => u.Unit.Name == "丁局"));
        Assert.Null(ding.Unit);
        Assert.Equal(ReadFindings.BlankWorkbookSkipped, Assert.Single(ding.Findings).RuleId);
        Assert.Contains(scan.AllFindings, f => f.RuleId == ReadFindings.FileUnreadable && f.File == "坏.xlsx");
    }

    [Fact]
    public void A_blank_template_is_skipped_by_the_build_as_a_warning_row_of_the_index()
    {
        var blank = new TestWorkbookBuilder();
        blank.Cover("丁局", 2024);
        Save(blank, "丁模板.xlsx");
        Save(TestWorkbookBuilder.Canonical("乙局", 2024), "b.xlsx");
        var output = Path.Combine(_dir.Path, "out");

        var code = JuneBudget.Cli.CommandLine.Run(["build", "--input", _dir.Path, "--output", output, "--templates", RepoPaths.Templates]);

        Assert.NotEqual(JuneBudget.Cli.ExitCodes.Failure, code);
        Assert.False(Directory.Exists(Path.Combine(output, "丁局")));
        var index = File.ReadAllText(Path.Combine(output, "审核总览.html"));
        Assert.Contains("丁模板.xlsx：九张公开表均无金额（空白模板），已跳过。", index, StringComparison.Ordinal);
    }
}
