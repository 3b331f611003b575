using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Validation;
using JuneBudget.Workbooks;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>
/// A table or 上年数 figure left blank is 未填报 from the reader to the rules: the checks that need it
/// are skipped with one C-03 note, instead of comparing against zeros.
/// </summary>
public sealed class BlankIsNotZeroTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact, Raises("C-03")]
    public void ABlankTableOfLastYearsWorkbookSkipsTheCarryOverWarningsWithOneNote()
    {
        // The clean sample warns Y-01/Y-02 (66.30 万元 收回). With last year's 公开01表 and 04表 blank,
        // those comparisons would be against zeros: skipped, and each blank table noted once.
        var previous = SampleUnit.Y2023.WithBlankTable(K.IncomeExpenditureSummary).WithBlankTable(K.FiscalSummary);
        var findings = SampleUnit.Validate(SampleUnit.Y2024, previous);
        Assert.DoesNotContain(findings, f => f.RuleId is "Y-01" or "Y-02" or "Y-03");
        var notes = findings.Where(f => f.RuleId == "C-03").ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(notes, f => f.Message.StartsWith("未填报：上年公开01表（上年工作簿，工作表", StringComparison.Ordinal));
    }

    [Fact]
    public void ABlankTableOfThisYearIsSkippedNotComparedAsZeros()
    {
        var edited = SampleUnit.Y2024.WithBlankTable(K.GeneralBudgetBasic);
        var findings = SampleUnit.Validate(edited);
        // X-10 (05 基本支出 = 06 人员 + 公用) and S-09 (机关运行经费 = 06 公用经费) would be errors against zeros.
        Assert.DoesNotContain(findings, f => f.RuleId is "X-10" or "S-09" or "X-12");
        var note = Assert.Single(findings, f => f.RuleId == "C-03");
        Assert.Contains("公开06表", note.Message, StringComparison.Ordinal);
        Assert.Contains("涉及该表的核对已跳过", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFundTableIsZeroNotUnfilled()
    {
        // 政府性基金 may be published as 空表: blank reads as zero, no note.
        var findings = SampleUnit.Validate(SampleUnit.Y2024.WithBlankTable(K.GovernmentFund));
        Assert.DoesNotContain(findings, f => f.RuleId == "C-03");
    }

    [Fact]
    public void ABlank上年数FigureSkipsY01WithANoteInsteadOfAWarning()
    {
        var sheet = SampleUnit.Y2024.PriorYearSheet!;
        var figures = sheet.Figures.Where(f => f.Key != PriorYearFields.年末结转和结余).ToDictionary();
        var (edited, _) = Set(K.IncomeExpenditureSummary, R.年初结转和结余, C.决算数, 5m);
        var findings = new BudgetValidator().Validate(new UnitYear(edited, null, sheet with { Figures = figures }));
        Assert.DoesNotContain(findings, f => f.RuleId == "Y-01");
        var note = Assert.Single(findings, f => f.RuleId == "C-03");
        Assert.Contains($"上年数工作表“{PriorYearFields.年末结转和结余}”未填报", note.Message, StringComparison.Ordinal);
        Assert.Contains("Y-01 已跳过", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReaderKeepsBlankApartFromZero()
    {
        // Written with zeros left blank: 公开06表 all zero is then a blank table, and a zero 上年数 figure a blank cell.
        var sample = Seed004Sample.Workbook2024().WithBlankTable(K.GeneralBudgetBasic);   // all zero (the writer ignores Filled)
        var prior = sample.PriorYearSheet!;
        var model = sample with
        {
            PriorYearSheet = prior with { Figures = new Dictionary<string, Amount>(prior.Figures) { [PriorYearFields.年末结转和结余] = Amount.Zero } },
        };
        var path = Path.Combine(_dir.Path, model.FileName);
        WorkbookWriter.Write(model, path, blankZeros: true);
        var read = WorkbookReader.Read(path).Workbook!;
        Assert.False(read.Tables.GeneralBudgetBasic.Filled);
        Assert.True(read.Tables.GeneralBudget.Filled);
        Assert.False(read.PriorYearSheet!.Figures.ContainsKey(PriorYearFields.年末结转和结余));
        Assert.True(read.PriorYearSheet.Figures.ContainsKey(PriorYearFields.收入总计));
    }
}
