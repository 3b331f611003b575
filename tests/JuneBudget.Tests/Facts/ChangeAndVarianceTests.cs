using JuneBudget.Facts;
using JuneBudget.Model;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Facts;

/// <summary>The conventions every comparison sentence relies on.</summary>
public sealed class ChangeAndVarianceTests
{
    private static FactsContext Context() => new(Seed004.UnitYear);

    private static Amount A(decimal v) => new(v, new SourceRef("f.xlsx", "s", "A1"));

    [Fact]
    public void GrowthIsDividedByLastYear()
    {
        var c = Context().Change(A(7138.31m), A(37815.22m));
        Assert.True(c.IsDecrease);
        Assert.Equal("30,676.91", c.Amount.Display);
        Assert.Equal("81.12", c.Rate.Display);
    }

    [Fact]
    public void LastYearZeroIsANewItemGrowingOneHundredPercent()
    {
        var c = Context().Change(A(7.27m), Amount.Zero);
        Assert.True(c.IsIncrease);
        Assert.True(c.IsNew);
        Assert.Equal("100.00", c.Rate.Display);
    }

    [Fact]
    public void ThisYearZeroIsADroppedItemFallingOneHundredPercent()
    {
        var c = Context().Change(Amount.Zero, A(197.31m));
        Assert.True(c.IsDropped);
        Assert.Equal("197.31", c.Amount.Display);
        Assert.Equal("100.00", c.Rate.Display);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 30)]
    [InlineData(30.001, 30.004)]
    public void AChangeThatPrintsAsZeroIsUnchanged(decimal now, decimal before)
    {
        var c = Context().Change(A(now), A(before));
        Assert.True(c.IsUnchanged);
        Assert.False(c.IsIncrease || c.IsDecrease);
    }

    [Fact]
    public void VarianceIsSignedAndDividedByTheBudget()
    {
        var v = Context().Variance(A(7444.13m), A(7138.31m));
        Assert.Equal("-4.11", v.Rate!.Display);
    }

    [Fact]
    public void ZeroBudgetAndZeroSpendingIsAZeroVariance() =>
        Assert.Equal("0.00", Context().Variance(Amount.Zero, Amount.Zero).Rate!.Display);

    [Fact]
    public void ZeroBudgetWithSpendingHasNoRate() =>
        Assert.False(Context().Variance(Amount.Zero, A(90)).HasRate);

    [Fact]
    public void AShareOfAZeroWholeIsZero() =>
        Assert.Equal("0.00", Context().Share(A(0), Amount.Zero).Percent.Display);

    [Fact]
    public void EveryFigureGetsItsOwnIdAndItsCells()
    {
        var ctx = Context();
        var share = ctx.Share(A(1.56m), new Amount(17.92m, new SourceRef("f.xlsx", "公开09表", "G8")));
        Assert.NotEqual(share.Amount.Id, share.Percent.Id);
        Assert.Equal(2, ctx.Sources[share.Percent.Id].Count);
    }
}
