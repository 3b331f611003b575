using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// One figure in a check: where it is printed (e.g. 公开06表), its label, value, unit and the cells it
/// came from. <see cref="Available"/> is false when its table is missing: checks involving it are
/// skipped because the reader already reported the missing table.
/// </summary>
public sealed class Term(string where, Func<string> label, decimal value, string unit, IReadOnlyList<SourceRef> cells, bool available = true)
{
    public const string WanYuan = "万元";

    private string? labelText;

    public Term(string where, string label, decimal value, string unit, IReadOnlyList<SourceRef> cells, bool available = true)
        : this(where, () => label, value, unit, cells, available)
    {
        labelText = label;
    }

    public string Where { get; } = where;

    /// <summary>How the figure is named; worded only when a message needs it (most checks pass).</summary>
    public string Label => labelText ??= label();

    public decimal Value { get; } = value;

    public string Unit { get; } = unit;

    public IReadOnlyList<SourceRef> Cells { get; } = cells;

    public bool Available { get; } = available;

    /// <summary>Money terms compare with the rounding tolerance of A.3; counts and scores compare exactly.</summary>
    public bool IsMoney => Unit == WanYuan;

    public static Term Money(string where, string label, Amount amount, bool available = true) =>
        new(where, label, amount.Value, WanYuan, CellsOf(amount.Source), available);

    public static Term Count(string where, string label, Quantity quantity, string unit = "") =>
        new(where, label, quantity.Value, unit, CellsOf(quantity.Source));

    /// <summary>A constant of the rule itself (e.g. 满分 100), with no cell.</summary>
    public static Term Constant(string label, decimal value, string unit = "") => new("", label, value, unit, []);

    /// <summary>Several figures shown as one (e.g. “各指标分值之和”), keeping every cell.</summary>
    public static Term Aggregate(string where, string label, IEnumerable<Term> parts, string unit)
    {
        var list = parts.ToList();
        return new(where, label, list.Sum(t => t.Value), unit, [.. list.SelectMany(t => t.Cells)], list.All(t => t.Available));
    }

    private static IReadOnlyList<SourceRef> CellsOf(SourceRef? source) => source is null ? [] : [source];
}
