using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

/// <summary>What the writer writes, the reader reads back to the same model.</summary>
public sealed class WorkbookRoundTripTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private ReadResult RoundTrip(BudgetWorkbook model, bool blankZeros = false)
    {
        var path = Path.Combine(_dir.Path, model.FileName);
        WorkbookWriter.Write(model, path, blankZeros);
        return WorkbookReader.Read(path);
    }

    [Fact]
    public void ABlankWorkbookReadsBackWithOnlyRequiredFieldsReportedEmpty()
    {
        var result = RoundTrip(BlankWorkbook.Create("测试单位", 2024), blankZeros: true);
        Assert.NotNull(result.Workbook);
        var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, f => Assert.Contains("未填写", f.Message, StringComparison.Ordinal));
        Assert.Equal("测试单位", result.Workbook.Unit.Name);
        Assert.All(TableCatalog.All, kind => Assert.True(result.Workbook.Tables[kind].Present, kind.ToString()));
    }

    [Fact]
    public void ABlankWorkbookFilledInByATestReadsBackExactly()
    {
        var blank = BlankWorkbook.Create("测试单位", 2022);
        var sample = Seed004Sample.Workbook2024();
        // Fill the blank with the sample's figures, but keep the blank's identity and 2022 format.
        var filled = sample with
        {
            FileName = blank.FileName,
            Unit = blank.Unit with { Nature = "事业单位", SelfReference = "我单位", HasSubordinateUnits = true },
            Profile = sample.Profile with
            {
                MemberUnits = [new(1, "测试单位本级", "事业单位", blank.Unit.Source), new(2, "测试所属中心", "事业单位", blank.Unit.Source)],
                Staff = sample.Profile.Staff with { Administrative = new Quantity(40m, null), Institutional = new Quantity(28m, null) },
            },
            Other = sample.Other with { OperatingCostAdministrative = new Amount(100.18m, null), OperatingCostInstitutional = new Amount(31m, null) },
        };
        var result = RoundTrip(filled);
        Assert.Empty(result.Findings);
        Assert.Empty(ModelDifferences.Between(filled, result.Workbook!));
        Assert.Equal("公开07表", result.Workbook!.Tables.ThreePublic.Location?.Sheet);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2023)]
    public void TheCommittedSampleWorkbooksReadBackAsTheInMemoryModels(int year)
    {
        var model = year == 2024 ? Seed004Sample.Workbook2024() : Seed004Sample.Workbook2023();
        var path = Path.Combine(RepoPaths.Root, "input", Seed004Sample.FileName(year));
        var result = WorkbookReader.Read(path);
        Assert.Empty(result.Findings);
        Assert.Empty(ModelDifferences.Between(model, result.Workbook!));
    }
}
