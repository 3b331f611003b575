using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Validation;
using Xunit.Abstractions;

namespace JuneBudget.Tests.Validation;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var unit = new UnitYear(Seed004Sample.Workbook2024(), Seed004Sample.Workbook2023(), null);
        foreach (var f in new BudgetValidator().Validate(unit)) output.WriteLine($"{f.RuleId} {f.Severity} {f.Message} [{string.Join("; ", f.Cells)}]");
        var u23 = new UnitYear(Seed004Sample.Workbook2023(), null, null);
        output.WriteLine("---- 2023");
        foreach (var f in new BudgetValidator().Validate(u23)) output.WriteLine($"{f.RuleId} {f.Severity} {f.Message}");
    }
}
