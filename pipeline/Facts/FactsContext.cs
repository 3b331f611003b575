using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// The working state of one <see cref="ReportFactsBuilder.Build"/>: numbers get source ids in the
/// order they are created, and every 主要原因 the document shows is recorded once.
/// </summary>
internal sealed class FactsContext(UnitYear unit)
{
    private readonly Dictionary<string, IReadOnlyList<SourceRef>> sources = new(StringComparer.Ordinal);
    private readonly List<RequiredReason> reasons = [];
    private readonly HashSet<string> reasonKeys = new(StringComparer.Ordinal);

    public UnitYear Unit { get; } = unit;
    public BudgetWorkbook Current => Unit.Current;
    public StatutoryTables Tables => Unit.Current.Tables;
    public JuneBudget.Format.ReportFormat Format => Unit.Current.Unit.Format;
    public bool Grouped => Format.GroupsThousands;

    public IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources => sources;
    public IReadOnlyList<RequiredReason> Reasons => reasons;

    /// <summary>Last year's figure for a <see cref="JuneBudget.Format.PriorYearFields"/> key (0 when unknown).</summary>
    public Amount Prior(string key) => Unit.Prior?[key] ?? Amount.Zero;

    public Figure Figure(Sourced value, FigureKind kind)
    {
        var id = "s" + (sources.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        sources[id] = value.Sources.Distinct().ToList();
        return new Figure(value.Value, kind, id, Grouped && kind != FigureKind.Percent);
    }

    public Figure Money(Sourced value) => Figure(value, FigureKind.Money);

    public Figure Count(Sourced value) => Figure(value, FigureKind.Count);

    public Share Share(Sourced part, Sourced whole) =>
        new(Money(part), Figure(new Sourced(Ratio(part.Value, whole.Value), [.. part.Sources, .. whole.Sources]), FigureKind.Percent));

    public Change Change(Sourced current, Sourced prior, FigureKind kind = FigureKind.Money)
    {
        var both = new Sourced(0m, [.. current.Sources, .. prior.Sources]);
        var delta = current.Value - prior.Value;
        // Compare as printed: a change that rounds to 0.00 is written as unchanged.
        var kindOf = NumberText.Round(delta) == 0m ? ChangeKind.Unchanged
            : delta > 0 ? ChangeKind.Increase : ChangeKind.Decrease;
        var rate = prior.Value == 0m ? (kindOf == ChangeKind.Unchanged ? 0m : 100m) : Math.Abs(delta) / Math.Abs(prior.Value) * 100m;
        return new Change(
            Figure(current, kind), Figure(prior, kind),
            Figure(both with { Value = Math.Abs(delta) }, kind),
            Figure(both with { Value = rate }, FigureKind.Percent),
            kindOf);
    }

    public Variance Variance(Sourced budget, Sourced actual)
    {
        var budgetFigure = Money(budget);
        var actualFigure = Money(actual);
        var both = new Sourced(0m, [.. budget.Sources, .. actual.Sources]);
        Figure? rate = budget.Value == 0m
            ? (actual.Value == 0m ? Figure(both, FigureKind.Percent) : null)
            : Figure(both with { Value = (actual.Value - budget.Value) / budget.Value * 100m }, FigureKind.Percent);
        return new Variance(budgetFigure, actualFigure, rate);
    }

    /// <summary>The reason for a <see cref="JuneBudget.Format.ReasonKeys"/> key; records that the document needs it.</summary>
    public Reason Reason(string key, string explains, string location)
    {
        if (reasonKeys.Add(key)) reasons.Add(new RequiredReason(key, explains, location));
        return NotAsked(key);
    }

    /// <summary>A 主要原因 the format does not state (2021 §五): given if the workbook has it, never required.</summary>
    public Reason NotAsked(string key) => Text(Current.Reasons.Find(key), key, Facts.Reason.ReasonPlaceholder(key));

    /// <summary>
    /// A text field the document may show (开支内容, 差异原因 …): placeholder when blank. The templates
    /// decide whether it is printed, so the placeholders a document shows are read from its rendered text.
    /// </summary>
    public static Reason Field(TextValue value, string field) => Text(value.IsBlank ? null : value, field, Facts.Reason.FieldPlaceholder(field));

    private static Reason Text(TextValue? value, string key, string placeholder) =>
        new(key, value is null ? null : Sentence(value.Value), placeholder);

    /// <summary>A person's text as a clause: trimmed, line breaks joined, no trailing full stop.</summary>
    public static string Sentence(string text)
    {
        var joined = string.Join("", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        return joined.TrimEnd('。', '.', '；', ';', '，', ',', ' ');
    }

    private static decimal Ratio(decimal part, decimal whole) => whole == 0m ? 0m : part / whole * 100m;
}
