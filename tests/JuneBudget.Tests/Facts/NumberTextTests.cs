using JuneBudget.Facts;

namespace JuneBudget.Tests.Facts;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(2.675, true, "2.68")]
    [InlineData(-2.675, true, "-2.68")]
    [InlineData(1234567.005, true, "1,234,567.01")]
    [InlineData(1234567.005, false, "1234567.01")]
    [InlineData(-0.001, true, "0.00")]
    public void MoneyRoundsHalfAwayFromZero(decimal value, bool grouped, string expected) =>
        Assert.Equal(expected, NumberText.Money(value, grouped));

    [Theory]
    [InlineData(0.0070045, "0.01")]
    [InlineData(52.1252, "52.13")]
    [InlineData(-51.0952, "-51.10")]
    [InlineData(1234.5, "1234.50")]
    public void PercentagesAlwaysHaveTwoDecimalsAndNoSeparator(decimal value, string expected) =>
        Assert.Equal(expected, NumberText.Percent(value));

    [Fact]
    public void ASourcedNumberIsDisplayAndId() =>
        Assert.Equal("⟦7,138.31|s12⟧", NumberText.Sourced(new Figure(7138.314m, FigureKind.Money, "s12", true)));
}
