using JuneBudget.Facts;
using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// Runs every rule of <see cref="RuleCatalogue"/> over one unit and returns all findings in one
/// pass: errors first, then warnings, rounding notes; within a severity in catalogue order, then
/// in the order the rule met them. Never throws on bad data: a rule that fails is itself reported.
/// </summary>
public sealed class BudgetValidator
{
    /// <summary>At most this many findings are returned; a last finding says how many were cut.</summary>
    public const int MaxFindings = 500;

    public const string TruncatedRuleId = "V-MAX";
    public const string RuleFailureId = "V-ERR";

    private readonly IReadOnlyList<IValidationRule> rules;

    public BudgetValidator() : this(RuleCatalogue.All) { }

    /// <summary>A validator over a chosen list of rules (tests).</summary>
    public BudgetValidator(IReadOnlyList<IValidationRule> rules) => this.rules = rules;

    /// <summary>All findings of one unit (this year's workbook with last year's when paired).</summary>
    /// <param name="unit">The unit's workbooks.</param>
    /// <param name="facts">The unit's facts (<see cref="ReportFactsBuilder.Build"/>), built once by the
    /// caller and also used to render the document, so C-01 checks exactly the reasons it shows.</param>
    public IReadOnlyList<Finding> Validate(UnitYear unit, ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(facts);
        var context = new ValidationContext(unit, facts);
        var found = new List<Finding>();
        foreach (var rule in rules) found.AddRange(Run(rule, context));

        var ordered = found.OrderBy(f => f.Severity).ToList();  // stable: catalogue order kept within a severity
        if (ordered.Count <= MaxFindings) return ordered;
        var cut = ordered.Count - (MaxFindings - 1);
        return
        [
            .. ordered.Take(MaxFindings - 1),
            new Finding(TruncatedRuleId, Severity.Warning,
                $"发现的问题过多，仅列出前 {MaxFindings - 1} 条，其余 {cut} 条未列出；请先更正上面的错误后重新检查。", []),
        ];
    }

    private static List<Finding> Run(IValidationRule rule, ValidationContext context)
    {
        try
        {
            return [.. rule.Check(context)];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException
            or KeyNotFoundException or OverflowException or DivideByZeroException or IndexOutOfRangeException)
        {
            // A defect in one rule must not hide the findings of the others, nor stop the batch.
            return [new Finding(RuleFailureId, Severity.Error,
                $"规则 {rule.Info.Id} 检查时出错（{e.GetType().Name}：{e.Message}），其结果缺失；请将此工作簿反馈给维护人员。",
                [context.Current.Unit.Source], Key: rule.Info.Id)];
        }
    }
}
