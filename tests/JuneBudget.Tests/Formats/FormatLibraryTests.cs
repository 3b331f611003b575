using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Formats are folders: a year takes its own format or the newest earlier one, the cover may name
/// another, and a format that cannot be used is refused when the workbook is read (READ-28, naming
/// the file), not when the document is generated.
/// </summary>
public sealed class FormatLibraryTests
{
    [Fact]
    public void TheRepositoryHoldsTheFormatsOf2021To2024()
    {
        Assert.Equal([2021, 2022, 2023, 2024], FormatLibrary.Repository.Years);
        Assert.All(FormatLibrary.Repository.Years, y => Assert.Equal(y, FormatLibrary.Repository[y].Year));
    }

    [Theory]
    [InlineData(2024, 2024)]
    [InlineData(2023, 2023)]
    [InlineData(2026, 2024)]
    [InlineData(2021, 2021)]
    public void AYearWithoutItsOwnFolderUsesTheNewestEarlierFormat(int year, int format) =>
        Assert.Equal(format, FormatLibrary.Repository.Resolve(year, null).Year);

    [Fact]
    public void AYearBeforeEveryFormatIsRefusedNamingTheFolder()
    {
        var ex = Assert.Throws<ReportFormatException>(() => FormatLibrary.Repository.Resolve(2019, null));
        Assert.Contains("templates/公开说明", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2021、2022、2023、2024", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCoverMayNameAnotherFormat()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "2024按2023格式.xlsx");
        var workbook = Seed004Sample.Workbook2024();
        WorkbookWriter.Write(workbook with { Unit = workbook.Unit with { Format = FormatLibrary.Repository[2023] } }, path);

        var read = WorkbookReader.Read(path);
        Assert.Equal((2024, 2023), (read.Workbook!.Unit.Year, read.Workbook.Unit.Format.Year));
    }

    [Fact]
    public void ACoverNamingAMissingFormatIsRefusedWhenReadWithTheCell()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "不存在的格式.xlsx");
        WorkbookWriter.Write(Seed004Sample.Workbook2024(), path);
        XlsxSurgery.SetText(path, SheetNames.封面, "B6", "2019");

        var read = WorkbookReader.Read(path);
        Assert.Null(read.Workbook);
        var finding = Assert.Single(read.Findings, f => f.RuleId == "READ-28");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("工作表“封面”，单元格 B6", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2019", finding.Message, StringComparison.Ordinal);
        Assert.Contains("现有格式：2021、2022、2023、2024", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>Each edit makes the 2024 format file unusable; the reader refuses the workbook naming the file.</summary>
    [Theory]
    [InlineData("thousands: true", "thousands: ja", "第")]
    [InlineData("reason_keys:", "reason_kyes:", "第")]
    [InlineData("year: 2024", "year: 2023", "与文件夹名 2024 不符")]
    [InlineData("  - { key: three_public,", "  - { key: three_public_x,", "缺少 key：three_public")]
    [InlineData("{ kind: ThreePublic, title: 财政拨款“三公”经费支出决算表 }", "{ kind: ThreePublic, title: 三公表 }", "不是 ThreePublic 的已知标题")]
    [InlineData("{ kind: ThreePublic,", "{ kind: StateCapital,", "StateCapital 重复")]
    [InlineData("  - 28-s2-09-three-public.sbn\n", "  - ../../审核/x.sbn\n", "须是本文件夹或 shared 文件夹中的 .sbn 文件名")]
    [InlineData("  - 28-s2-09-three-public.sbn\n", "  - 28-missing.sbn\n", "找不到模板 28-missing.sbn")]
    [InlineData("year: 2024\n", "year: 2024\nshared: ..\n", "shared 须是")]
    [InlineData("year: 2024\n", "year: 2024\ncomparisons:\n  fiscal: apart\n", "comparisons.fiscal 须为 combined 或 separate")]
    [InlineData("level: 3, number: 一, title: 一般公共预算财政拨款支出决算总体情况", "level: 4, number: 一, title: 一般公共预算财政拨款支出决算总体情况", "level 为 4")]
    public void AnUnusableFormatFileIsRefusedWhenTheWorkbookIsRead(string old, string replacement, string why)
    {
        using var templates = new TemplatesCopy();
        templates.Edit("公开说明/2024/format.yaml", old, replacement);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "样例.xlsx");
        WorkbookWriter.Write(Seed004Sample.Workbook2024(), path);

        var read = WorkbookReader.Read(path, FormatLibrary.For(templates.Root));
        Assert.Null(read.Workbook);
        var finding = Assert.Single(read.Findings, f => f.RuleId == "READ-28");
        Assert.Contains("templates/公开说明/2024/format.yaml", finding.Message, StringComparison.Ordinal);
        Assert.Contains(why, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormatFolderWithoutItsFormatFileIsRefusedNamingTheMissingFile()
    {
        using var templates = new TemplatesCopy();
        Directory.CreateDirectory(templates.Format(2025));
        File.Copy(Path.Combine(templates.Format(2024), "00-functions.sbn"), Path.Combine(templates.Format(2025), "00-functions.sbn"));
        var ex = Assert.Throws<ReportFormatException>(() => FormatLibrary.For(templates.Root).Resolve(2025, null));
        Assert.Contains("templates/公开说明/2025/format.yaml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedFormatFileIsReadAgain()
    {
        using var templates = new TemplatesCopy();
        var library = FormatLibrary.For(templates.Root);
        Assert.True(library[2024].GroupsThousands);
        templates.Edit("公开说明/2024/format.yaml", "thousands: true", "thousands: false");
        File.SetLastWriteTimeUtc(Path.Combine(templates.Format(2024), "format.yaml"), DateTime.UtcNow.AddMinutes(1));
        Assert.False(library[2024].GroupsThousands);
    }
}
