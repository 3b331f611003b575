namespace JuneBudget.Tests.Support;

/// <summary>Marks a test that makes the validator raise the named rule (checked against the catalogue).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class RaisesAttribute(string ruleId) : Attribute
{
    public string RuleId { get; } = ruleId;
}
