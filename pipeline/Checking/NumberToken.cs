namespace JuneBudget.Checking;

/// <summary>One number in a sentence.</summary>
/// <param name="Start">Offset in the sentence.</param>
/// <param name="Length">Characters of the number as written (grouping commas included).</param>
/// <param name="Text">The number as written, e.g. 7,138.31 or -4.11.</param>
/// <param name="Value">Its value.</param>
/// <param name="Unit">What follows it: 万元, 元, %, or the one measure character (人, 个, 辆, 年…); empty when none.</param>
/// <param name="SourceId">In the expected text: the id of the computed figure (RenderedReport.Sources); null for a
/// number the template writes itself (a year, a list number) and for every number of a draft.</param>
public sealed record NumberToken(int Start, int Length, string Text, decimal Value, string Unit, string? SourceId)
{
    /// <summary>True for an amount of money (万元 or 元).</summary>
    public bool IsAmount => Unit is NumberScanner.TenThousandYuan or NumberScanner.Yuan;

    /// <summary>The value in 万元 (an amount written in 元 divided by 10,000).</summary>
    public decimal InTenThousandYuan => Unit == NumberScanner.Yuan ? Value / 10_000m : Value;
}
