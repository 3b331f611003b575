using JuneBudget.Cli;
using JuneBudget.Format;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Cli;

/// <summary>`init` writes a blank workbook a department can fill, and never overwrites one.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void InitWritesABlankWorkbookThatReadsBackWithOnlyEmptyFieldFindings()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "blank.xlsx");
        Assert.Equal(ExitCodes.Ok, JuneBudget.Cli.CommandLine.Run(["init", "--unit", "乌鲁木齐市某局", "--year", "2024", "--out", path]));

        var read = WorkbookReader.Read(path);
        Assert.NotNull(read.Workbook);
        Assert.Equal("乌鲁木齐市某局", read.Workbook.Unit.Name);
        Assert.Equal(2024, read.Workbook.Unit.Year);
        Assert.All(TableCatalog.All, kind => Assert.True(read.Workbook.Tables[kind].Present, kind.ToString()));
        Assert.All(read.Findings, f => Assert.Equal("READ-13", f.RuleId));
    }

    [Fact]
    public void InitRefusesToOverwriteAnExistingFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "filled.xlsx");
        File.WriteAllText(path, "a department's work");
        Assert.Equal(ExitCodes.Failure, JuneBudget.Cli.CommandLine.Run(["init", "--unit", "某局", "--year", "2024", "--out", path]));
        Assert.Equal("a department's work", File.ReadAllText(path));
    }
}
