using JuneBudget.Discovery;
using JuneBudget.Facts;
using JuneBudget.Model;
using JuneBudget.SampleInput.Synthetic;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;

namespace JuneBudget.Tests.Sample;

/// <summary>
/// The generated units a province-sized batch is measured on (tools/SampleInput `synthetic`): the
/// same seed gives the same units, their shapes vary as the issue asks, and every workbook,
/// written to disk and read back as the build reads it, passes validation without an error.
/// </summary>
public sealed class SyntheticUnitsTests
{
    /// <remarks>
    /// With <c>distinctShapes</c> (the tool's <c>--shapes</c>), units past the first ones are renamed
    /// copies: each must still be read as its own unit (the cover's name, last year's paired by it).
    /// </remarks>
    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, null)]
    [InlineData(5, 2)]
    public void EveryGeneratedWorkbookReadsBackAndValidatesWithoutErrors(int seed, int? distinctShapes)
    {
        using var folder = new TempFolder();
        var shapes = SyntheticUnits.WriteFolder(seed, 6, folder.Path, distinctShapes);
        if (distinctShapes is { } k)
        {
            Assert.Equal(shapes.Take(k).ToList(), shapes.Skip(k).Take(k).ToList());
            Assert.Contains(shapes.Skip(k), s => s.PriorWorkbook); // a renamed copy of last year's too
        }

        var scan = InputScanner.Scan(folder.Path);
        Assert.Empty(scan.Findings);
        var built = scan.Units.Where(u => u.Unit.Year == 2024).ToList();
        Assert.Equal(6, built.Count);
        foreach (var planned in built)
        {
            var loaded = UnitLoader.Load(planned);
            var unit = Assert.IsType<UnitYear>(loaded.Unit);
            var findings = loaded.Findings.Concat(new BudgetValidator().Validate(unit, ReportFactsBuilder.Build(unit))).ToList();
            Assert.Empty(findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Message}"));

            var index = int.Parse(planned.Unit.Name[^4..], System.Globalization.CultureInfo.InvariantCulture);
            var shape = shapes[index - 1];
            var items = unit.Current.Tables.GeneralBudget.CodedRows.Count(r => r.Code!.Length == 7);
            Assert.Equal(shape.Items, items);
            Assert.InRange(items, 10, 400);
            Assert.Equal(shape.SelfEvaluations, unit.Current.Projects.Count);
            Assert.Equal(shape.Fund, !unit.Current.Tables.GovernmentFund.IsEmpty);
            Assert.Equal(shape.Subordinates, unit.Current.Unit.HasSubordinateUnits);
            Assert.Equal(shape.PriorWorkbook, unit.PreviousWorkbook is not null);
            Assert.Equal(shape.ReasonsMissing, findings.Any(f => f.Severity == Severity.NeedsReason));
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameUnitsAndTheShapesCoverEveryPath()
    {
        static string Fingerprint(SyntheticUnits.Unit u) => string.Join("|",
            u.Workbook.Unit.Name, u.Shape,
            string.Join(",", u.Workbook.Tables.GeneralBudget.CodedRows.Select(r => $"{r.Code}={r[Format.ColumnKeys.合计].Value}")),
            string.Join(",", u.Workbook.Reasons.ByKey.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Value}")));
        Assert.Equal(Fingerprint(SyntheticUnits.Generate(7, 3)), Fingerprint(SyntheticUnits.Generate(7, 3)));
        Assert.NotEqual(Fingerprint(SyntheticUnits.Generate(7, 3)), Fingerprint(SyntheticUnits.Generate(8, 3)));

        var shapes = Enumerable.Range(1, 100).Select(i => SyntheticUnits.Generate(1, i).Shape).ToList();
        Assert.InRange(shapes.Min(s => s.Items), 10, 60);
        Assert.InRange(shapes.Max(s => s.Items), 350, 400);
        Assert.InRange(shapes.Min(s => s.SelfEvaluations), 1, 3);
        Assert.InRange(shapes.Max(s => s.SelfEvaluations), 35, 40);
        Assert.InRange(shapes.Count(s => s.Subordinates), 15, 45);
        Assert.InRange(shapes.Count(s => s.Fund), 15, 45);
        Assert.InRange(shapes.Count(s => s.PriorWorkbook), 25, 55);
        Assert.InRange(shapes.Count(s => s.ReasonsMissing), 15, 45);
    }
}
