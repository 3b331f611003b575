using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.SelfEvaluation;

/// <summary>How 自评表 figures are named in messages.</summary>
internal static class ProjectTerms
{
    public static string Where(ProjectEvaluation p) => $"自评表“{p.Name}”";

    public static string Key(ProjectEvaluation p, string what) => $"自评表/{p.Name}/{what}";

    public static readonly (string Name, Func<FundingLine, Amount> Pick)[] Columns =
    [
        ("年初预算数", f => f.InitialBudget), ("全年预算数", f => f.FullYearBudget), ("全年执行数", f => f.Executed),
    ];

    public static Term Funding(ProjectEvaluation p, string line, FundingLine? funding, (string Name, Func<FundingLine, Amount> Pick) column) =>
        Term.Money(Where(p), line + column.Name, funding is null ? Amount.Zero : column.Pick(funding));

    public static Term Indicator(ProjectEvaluation p, PerformanceIndicator i, string what, Quantity q) =>
        new(Where(p), $"“{i.Level3}”{what}", q.Value, "", q.Source is null ? [i.Source] : [q.Source]);
}
