using ClosedXML.Excel;
using JuneBudget.Format;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.SelfReport;

/// <summary>The 整体自评 sheets: what the writer writes the reader reads back; left blank they ask for no document.</summary>
public sealed class SelfReportReaderTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WrittenSheetsAreReadBackToTheSameFigures()
    {
        var model = SelfReportUnits.Second;
        var path = Path.Combine(_dir.Path, "second.xlsx");
        WorkbookWriter.Write(model, path);
        var read = WorkbookReader.Read(path);
        var s = read.Workbook!.SelfReport!;
        var m = model.SelfReport!;
        Assert.Equal(m.Increase.Value, s.Increase.Value);
        Assert.Equal(m.Decrease.Value, s.Decrease.Value);
        Assert.Equal(m.BudgetProject.Value, s.BudgetProject.Value);
        Assert.Equal(m.Projects.Select(p => (p.Name, p.FundingSource, p.Budget.Value, p.Executed.Value, p.Effect.Value)),
            s.Projects.Select(p => (p.Name, p.FundingSource, p.Budget.Value, p.Executed.Value, p.Effect.Value)));
        Assert.Equal(m.Indicators.Select(i => (i.Name, i.Comparison, i.Target?.Value, i.AdjustedTarget?.Value, i.Actual?.Value, i.Score.Value, i.Note.Value)),
            s.Indicators.Select(i => (i.Name, i.Comparison, i.Target?.Value, i.AdjustedTarget?.Value, i.Actual?.Value, i.Score.Value, i.Note.Value)));
        Assert.Equal(m.Texts[SelfReportFields.建议].Value, s.Texts[SelfReportFields.建议].Value);
        Assert.Equal(new Model.SourceRef(read.FileName, SheetNames.整体自评指标, "J4"), s.Indicators[0].Score.Source);
        Assert.DoesNotContain(read.Findings, f => f.Cells.Any(c => c.Sheet.StartsWith("整体自评", StringComparison.Ordinal)));
    }

    [Fact]
    public void BlankSheetsAsInitWritesThemAskForNoSelfReportAndRaiseNothing()
    {
        var path = Path.Combine(_dir.Path, "blank.xlsx");
        WorkbookWriter.Write(BlankWorkbook.Create("测试局", 2023), path, blankZeros: true);
        var read = WorkbookReader.Read(path);
        Assert.Null(read.Workbook!.SelfReport);
        Assert.DoesNotContain(read.Findings, f => f.Cells.Any(c => c.Sheet.StartsWith("整体自评", StringComparison.Ordinal)));
    }

    [Fact]
    public void AFilledSheetWithAMissingRequiredFieldAndNoIndicatorSheetIsReported()
    {
        var path = Path.Combine(_dir.Path, "partial.xlsx");
        using (var workbook = WorkbookWriter.Build(SelfReportUnits.Seed001, blankZeros: false))
        {
            workbook.Worksheet(SheetNames.整体自评指标).Delete();
            var sheet = workbook.Worksheet(SheetNames.整体自评);
            sheet.Cell(KeyValueSheetWriter.FirstFieldRow, 2).Clear(XLClearOptions.Contents);   // 年初批复预算：基本支出
            workbook.SaveAs(path);
        }
        var read = WorkbookReader.Read(path);
        Assert.NotNull(read.Workbook!.SelfReport);
        Assert.Contains(read.Findings, f => f.Message.Contains(SelfReportFields.年初预算基本支出, StringComparison.Ordinal)
            && f.Cells.Single().Cell == "B4");
        Assert.Contains(read.Findings, f => f.Message.Contains("缺少工作表“整体自评-指标”", StringComparison.Ordinal));
    }
}
