using JuneBudget.Facts;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;

namespace JuneBudget.Tests.Support;

internal static class ValidatorExtensions
{
    /// <summary>The findings of a unit, its facts built here once as the build does before validating.</summary>
    public static IReadOnlyList<Finding> Validate(this BudgetValidator validator, UnitYear unit) =>
        validator.Validate(unit, ReportFactsBuilder.Build(unit));
}
