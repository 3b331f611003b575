using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

public sealed class CellAddressTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("B12", 12, 2)]
    [InlineData("AB3", 3, 28)]
    [InlineData("$L$8", 8, 12)]
    [InlineData("xfd1048576", 1048576, 16384)]
    public void A_reference_gives_its_row_and_column(string text, int row, int col)
    {
        Assert.True(CellAddress.TryParse(text, out var r, out var c));
        Assert.Equal((row, col), (r, c));
        Assert.Equal(text.Replace("$", "", StringComparison.Ordinal).ToUpperInvariant(), SheetReader.Address(r, c));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("12")]
    [InlineData("A0")]
    [InlineData("1A")]
    [InlineData("A1B")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    public void Anything_else_is_not_a_reference(string text) => Assert.False(CellAddress.TryParse(text, out _, out _));

    [Fact]
    public void A_range_is_normalised_to_top_left_and_bottom_right_and_one_cell_is_a_range_of_one()
    {
        Assert.True(CellAddress.TryParseRange("C5:A4", out var first, out var last));
        Assert.Equal(((4, 1), (5, 3)), (first, last));
        Assert.True(CellAddress.TryParseRange("B2", out first, out last));
        Assert.Equal(((2, 2), (2, 2)), (first, last));
        Assert.False(CellAddress.TryParseRange("A1:", out _, out _));
    }
}
