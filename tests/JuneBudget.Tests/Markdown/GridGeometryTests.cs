using JuneBudget.Markdown;

namespace JuneBudget.Tests.Markdown;

public sealed class GridGeometryTests
{
    private static GridTable Table(params GridCell[][] rows) => new("X", "t", null, null, null, 0, rows, [1, 1, 1], false);

    [Fact]
    public void RowSpansBecomeContinuationSlotsInTheRowsBelow()
    {
        var rows = GridGeometry.Place(Table(
            [new GridCell("a", RowSpan: 2), new GridCell("b", ColSpan: 2)],
            [new GridCell("c"), new GridCell("d")]));
        Assert.Equal([0, 1, 2], rows[1].Select(p => p.Column));
        Assert.True(rows[1][0].IsContinuation);
        Assert.Equal("a", rows[1][0].Cell.Text);
    }

    [Fact]
    public void ARowThatDoesNotCoverEveryColumnIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => GridGeometry.Place(Table([new GridCell("a"), new GridCell("b")])));
        Assert.Contains("第 1 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithTooManyCellsIsRejected() =>
        Assert.Throws<ArgumentException>(() => GridGeometry.Place(Table([new GridCell("a"), new GridCell("b"), new GridCell("c"), new GridCell("d")])));

    [Fact]
    public void ARowSpanRunningOffTheTableIsRejected() =>
        Assert.Throws<ArgumentException>(() => GridGeometry.Place(Table([new GridCell("a", RowSpan: 3), new GridCell("b"), new GridCell("c")])));
}
