using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>F-01 (negative amounts) and M-01 (元 typed where 万元 is meant) on the sample.</summary>
public sealed class SignAndMagnitudeRuleTests
{
    private static readonly BudgetWorkbook Sample = SampleUnit.Y2024;

    [Fact, Raises("F-01")]
    public void ANegativeAmountWhoseTotalsStillAddUpIsAnError()
    {
        // A 政府采购 part made negative with its total lowered to match: S-03 still holds, only the sign is wrong.
        var goods = Sample.Cell(SheetNames.其他事项, "B6");
        var total = Sample.Cell(SheetNames.其他事项, "B5");
        var o = Sample.Other;
        var edited = Sample with
        {
            Other = o with
            {
                ProcurementGoods = new Amount(-o.ProcurementGoods.Value, goods),
                ProcurementTotal = new Amount(o.ProcurementTotal.Value - 2 * o.ProcurementGoods.Value, total),
            },
        };
        Assert.True(o.ProcurementGoods.Value > 0);
        var findings = SampleUnit.Validate(edited);
        Assert.DoesNotContain(findings, f => f.RuleId == "S-03");
        var finding = SampleUnit.Breaks(edited, "F-01", Severity.Error, goods, total);
        Assert.Contains($"{SheetNames.其他事项} 政府采购货物支出 为 -{o.ProcurementGoods.Value:N2} 万元（单元格 B6），该数不能为负数", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeTableFigureNamesItsCell()
    {
        var (edited, cell) = Set(K.ThreePublic, R.决算数, C.公务用车购置费, -1m);
        var finding = Assert.Single(SampleUnit.Validate(edited), f => f.RuleId == "F-01");
        Assert.Equal([cell], finding.Cells);
    }

    [Fact]
    public void 结余分配MayBeNegative()
    {
        var (edited, _) = Set(K.IncomeExpenditureSummary, R.结余分配, C.决算数, -2m);
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "F-01");
    }

    [Fact, Raises("M-01")]
    public void ARowTypedIn元IsNamedAsSuch()
    {
        // 公开09表 公务接待费 typed in 元: 2.97 万元 entered as 29,700.
        var spent = Sample.Amount(K.ThreePublic, R.决算数, C.公务接待费).Value;
        var (edited, cell) = Set(K.ThreePublic, R.决算数, C.公务接待费, spent * 10_000m);
        var finding = Assert.Single(SampleUnit.Validate(edited), f => f.RuleId == "M-01");
        Assert.Equal([cell], finding.Cells);
        Assert.Contains("这一行疑似以元填报", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"请把该单元格改为 {spent:N2}", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void ATableTypedIn元IsNamedAsAWholeTable()
    {
        var edited = Sample;
        foreach (var row in Sample.Tables.ThreePublic.Rows)
        {
            foreach (var (column, amount) in row.Values) edited = edited.WithAmount(K.ThreePublic, row.Key, column, amount.Value * 10_000m);
        }
        var finding = Assert.Single(SampleUnit.Validate(edited), f => f.RuleId == "M-01");
        Assert.Contains("整张表疑似以元填报", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Cells.Count >= 3);
    }

    [Fact]
    public void ASmallTypoIsNotTakenFor元()
    {
        var (edited, _) = Add(K.ThreePublic, R.决算数, C.公务接待费, 1m);
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "M-01");
    }
}
