using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// What a rule is: stable id (never reused), default severity, the Chinese message template
/// (<c>{0}</c> receives the computed detail, e.g. the failing equation) and a one-line description
/// for the catalogue document.
/// </summary>
public sealed record RuleInfo(string Id, Severity Severity, string MessageTemplate, string Description)
{
    public string Message(string detail) => MessageTemplate.Replace("{0}", detail, StringComparison.Ordinal);
}
