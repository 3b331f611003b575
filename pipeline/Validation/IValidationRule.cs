using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>One rule of the catalogue: yields every finding it sees in one unit, never throws on bad data.</summary>
public interface IValidationRule
{
    RuleInfo Info { get; }

    IEnumerable<Finding> Check(ValidationContext context);
}
