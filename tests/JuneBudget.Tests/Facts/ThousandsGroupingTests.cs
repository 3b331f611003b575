using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Facts;

/// <summary>One rule decides thousands separators, so a sentence and its table print a figure alike.</summary>
public sealed class ThousandsGroupingTests
{
    [Theory]
    [InlineData(2022, "7138.31")]
    [InlineData(2023, "7,138.31")]
    [InlineData(2024, "7,138.31")]
    public void The收入总计OfASentenceAndOfTable01ArePrintedAlike(int year, string expected)
    {
        var format = FormatLibrary.Repository[year];
        var current = Seed004.UnitYear.Current;
        var workbook = current with { Unit = current.Unit with { Format = format } };
        var sentence = ReportFactsBuilder.Build(Seed004.UnitYear with { Current = workbook }).Overview.IncomeTotal.Display;
        var table = StatutoryTableGrids.Build(workbook, RepoTemplates.GridWords(workbook)).Single(g => g.Id == "T01");
        var cells = table.Rows.SelectMany(r => r).Select(c => c.Text).ToList();

        Assert.Equal(expected, sentence);
        Assert.Contains(expected, cells);
    }
}
