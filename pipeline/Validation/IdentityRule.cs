using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// The shape most rules share: a list of identities computed from the unit, each checked by
/// <see cref="IdentityChecker"/>. Rules differ only in their <see cref="RuleInfo"/> and in which
/// identities they list.
/// </summary>
public sealed class IdentityRule(RuleInfo info, Func<ValidationContext, IEnumerable<Identity>> identities) : IValidationRule
{
    public RuleInfo Info { get; } = info;

    /// <summary>The identities this rule checks in one unit (M-01 looks at the failing ones again).</summary>
    public IEnumerable<Identity> Identities(ValidationContext context) => identities(context);

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var identity in identities(context))
        {
            if (IdentityChecker.Check(Info, identity) is { } finding) yield return finding;
        }
    }
}
