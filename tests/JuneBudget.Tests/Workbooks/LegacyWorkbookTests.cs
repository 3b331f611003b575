using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

/// <summary>
/// An .xls (what many finance systems export) is read like an .xlsx: the same model from the
/// same workbook saved in the old format, whatever the file is called.
/// </summary>
public sealed class LegacyWorkbookTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Fixture => Path.Combine(RepoPaths.Fixtures, "Xls", "测试局2024.xls");

    [Fact]
    public void An_xls_gives_the_same_workbook_as_the_xlsx_it_was_saved_from()
    {
        var xlsx = Path.Combine(_dir.Path, "测试局2024.xlsx");
        WorkbookWriter.Write(SecondUnitSample.Workbook() with { PriorYearSheet = SecondUnitSample.Prior() }, xlsx);
        var fromXlsx = WorkbookReader.Read(xlsx);

        var fromXls = WorkbookReader.Read(Fixture);

        Assert.NotNull(fromXls.Workbook);
        Assert.Equal("测试局2024.xls", fromXls.Workbook.FileName);
        Assert.Empty(ModelDifferences.Between(fromXlsx.Workbook!, fromXls.Workbook));
        Assert.Equal(fromXlsx.Findings.Select(f => f.RuleId), fromXls.Findings.Select(f => f.RuleId));
        // Cells are named as in the .xlsx.
        Assert.Equal(fromXlsx.Workbook!.Unit.Source with { File = "测试局2024.xls" }, fromXls.Workbook.Unit.Source);
    }

    [Fact]
    public void Identifying_an_xls_reads_its_cover_as_the_full_read_does()
    {
        // Identify decodes only the cover sheet of an .xls (the others are skipped unread).
        var identity = WorkbookReader.Identify(Fixture);

        Assert.Empty(identity.Findings);
        Assert.Equal(WorkbookReader.Read(Fixture).Workbook!.Unit, identity.Unit);
    }

    [Fact]
    public void The_content_decides_the_format_not_the_extension()
    {
        var renamed = Path.Combine(_dir.Path, "改了扩展名.xlsx");
        File.Copy(Fixture, renamed);

        Assert.NotNull(WorkbookReader.Read(renamed).Workbook);
    }
}
