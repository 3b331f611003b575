using ClosedXML.Excel;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Sample;

/// <summary>
/// tools/SampleInput writes again exactly the workbooks committed in input/: same sheets in the same
/// order (the seed 004 samples have no 整体自评 sheets), every cell's value, formula and note. Bytes
/// cannot be compared: System.IO.Packaging names the package's metadata part at random on each save.
/// </summary>
public sealed class BundledSamplesTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void RegeneratingTheSamplesGivesTheCommittedInputsCellForCell()
    {
        var written = BundledSamples.Write(_dir.Path);
        var committed = Directory.GetFiles(Path.Combine(RepoPaths.Root, "input"), "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(committed, written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var path in written)
        {
            var name = Path.GetFileName(path);
            Assert.Equal(Cells(Path.Combine(RepoPaths.Root, "input", name)), Cells(path));
        }
    }

    [Fact]
    public void OnlySeed001sSampleHasTheSelfReportSheets()
    {
        foreach (var path in BundledSamples.Write(_dir.Path))
        {
            using var workbook = new XLWorkbook(path);
            var has = workbook.Worksheets.Any(s => s.Name == JuneBudget.Format.SheetNames.整体自评);
            Assert.Equal(Path.GetFileName(path) == Seed001Sample.FileName, has);
        }
    }

    /// <summary>Every sheet in order, then each non-empty cell as sheet!A1 = value | formula | note.</summary>
    private static List<string> Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        var lines = new List<string> { string.Join(" / ", workbook.Worksheets.Select(s => s.Name)) };
        foreach (var sheet in workbook.Worksheets)
            foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents | XLCellsUsedOptions.Comments))
                lines.Add($"{sheet.Name}!{cell.Address} = {cell.Value} | {cell.FormulaA1} | {(cell.HasComment ? cell.Comment.Text : "")}");
        return lines;
    }
}
