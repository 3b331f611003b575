using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Validation;

/// <summary>人员、政府采购、车辆、三公统计、机关运行经费 as filled in the key–value sheets.</summary>
public sealed class SupplementaryRuleTests
{
    private static readonly BudgetWorkbook Sample = SampleUnit.Y2024;
    private static SourceRef Other(string a1) => Sample.Cell(SheetNames.其他事项, a1);

    private static Finding Breaks(BudgetWorkbook edited, string id, SourceRef cell) => SampleUnit.Breaks(edited, id, Severity.Error, cell);

    [Fact, Raises("S-01")]
    public void AStaffTotalThatIsNotActivePlusVeteranPlusRetiredIsAnError()
    {
        var cell = Sample.Cell(SheetNames.人员情况, "B4");
        var staff = Sample.Profile.Staff with { Total = new Quantity(222m, cell) };
        var finding = Breaks(Sample with { Profile = Sample.Profile with { Staff = staff } }, "S-01", cell);
        Assert.Equal(221m, finding.Expected);
        Assert.Contains("本年实有人数 222 人 ≠ 在职人员 68 人 + 离休人员 2 人 + 退休人员 151 人 = 221 人", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("S-02")]
    public void ActiveStaffThatIsNotAdministrativePlusInstitutionalIsAnError()
    {
        var cell = Sample.Cell(SheetNames.人员情况, "B6");
        var staff = Sample.Profile.Staff with { Administrative = new Quantity(60m, cell), Institutional = new Quantity(5m, Sample.Cell(SheetNames.人员情况, "B7")) };
        Breaks(Sample with { Profile = Sample.Profile with { Staff = staff } }, "S-02", cell);
    }

    [Fact, Raises("S-03")]
    public void AProcurementTotalThatIsNotGoodsWorksServicesIsAnError()
    {
        var cell = Other("B6");
        Breaks(Sample with { Other = Sample.Other with { ProcurementGoods = new Amount(10m, cell) } }, "S-03", cell);
    }

    [Fact, Raises("S-04")]
    public void SmallAndMicroAboveSmallAndMediumIsAnError()
    {
        var cell = Other("B10");
        var finding = Breaks(Sample with { Other = Sample.Other with { ProcurementMicro = new Amount(10_520m, cell) } }, "S-04", cell);
        Assert.Equal(10_510.81m, finding.Expected);
    }

    [Fact, Raises("S-05")]
    public void AVehicleCountThatIsNotTheSumOfCategoriesIsAnError()
    {
        var cell = Other("B22");
        var categories = Sample.Other.VehiclesByCategory.Select(v => v.Category == "其他用车" ? (v.Category, new Quantity(8m, cell)) : v).ToList();
        Breaks(Sample with { Other = Sample.Other with { VehiclesByCategory = categories } }, "S-05", cell);
    }

    [Fact, Raises("S-06")]
    public void TripCostWithoutTripGroupsIsAnError()
    {
        var cell = Sample.Cell(SheetNames.三公统计, "B4");
        var finding = Breaks(Sample with { ThreePublic = Sample.ThreePublic with { TripGroups = new Quantity(0m, cell) } }, "S-06", cell);
        Assert.Contains(SampleUnit.CellOf(Sample, K.ThreePublic, R.决算数, C.因公出国费), finding.Cells);
    }

    [Fact, Raises("S-07")]
    public void ReceptionCostWithoutReceptionBatchesIsAnError()
    {
        var cell = Sample.Cell(SheetNames.三公统计, "B10");
        Breaks(Sample with { ThreePublic = Sample.ThreePublic with { ReceptionBatches = new Quantity(0m, cell) } }, "S-07", cell);
    }

    [Fact, Raises("S-08")]
    public void VehiclePurchaseCostWithoutPurchasedVehiclesIsAnError()
    {
        var (edited, cell) = Set(K.ThreePublic, R.决算数, C.公务用车购置费, 10m);
        var finding = SampleUnit.Breaks(edited, "S-08", Severity.Error, cell);
        Assert.Equal(0m, finding.Actual);
    }

    [Fact, Raises("S-09")]
    public void OperatingCostOfAnAdministrativeUnitMustEqualPublicCost()
    {
        var cell = Other("B4");
        var finding = Breaks(Sample with { Other = Sample.Other with { OperatingCost = new Amount(130m, cell) } }, "S-09", cell);
        Assert.Equal(131.18m, finding.Expected);
    }

    [Fact]
    public void OperatingCostOfADepartmentWithInstitutionsMayBeBelowPublicCost()
    {
        var edited = Sample with
        {
            Other = Sample.Other with { OperatingCost = new Amount(130m, Other("B4")) },
            Profile = Sample.Profile with { MemberUnits = [new MemberUnit(1, "某中心", "事业单位", Other("A1"))] },
        };
        Assert.DoesNotContain(SampleUnit.Validate(edited), f => f.RuleId == "S-09");
    }

    [Fact, Raises("S-10")]
    public void OperatingCostThatIsNotItsAdministrativeAndInstitutionalPartsIsAnError()
    {
        var cell = Other("B5");
        var other = Sample.Other with { OperatingCostAdministrative = new Amount(100m, cell), OperatingCostInstitutional = new Amount(20m, Other("B6")) };
        Breaks(Sample with { Other = other }, "S-10", cell);
    }

    [Fact, Raises("S-11")]
    public void TripGroupsRecordedWithoutTripCostAreAnError()
    {
        var (edited, spent) = Set(K.ThreePublic, R.决算数, C.因公出国费, 0m);
        var finding = SampleUnit.Breaks(edited, "S-11", Severity.Error, spent);
        Assert.Contains($"但三公统计 {WorkbookFields.因公出国团组数} 为 1", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"请把{WorkbookFields.因公出国团组数}改为 0", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("S-12")]
    public void ReceptionBatchesWithoutPersonsAreAnError()
    {
        var cell = Sample.Cell(SheetNames.三公统计, "B11");
        var finding = Breaks(Sample with { ThreePublic = Sample.ThreePublic with { ReceptionPersons = new Quantity(0m, cell) } }, "S-12", cell);
        Assert.Contains($"{WorkbookFields.公务接待人次}应不少于 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact, Raises("S-12")]
    public void ReceptionBatchesWithoutReceptionCostAreAnError()
    {
        var (edited, spent) = Set(K.ThreePublic, R.决算数, C.公务接待费, 0m);
        var findings = SampleUnit.Validate(edited).Where(f => f.RuleId == "S-12").ToList();
        Assert.Equal(2, findings.Count);   // 批次 1 and 人次 7 both recorded against no spending
        Assert.All(findings, f => Assert.Contains(spent, f.Cells));
    }

    [Fact, Raises("S-13")]
    public void VehiclesPurchasedWithoutPurchaseCostAreAnError()
    {
        var cell = Sample.Cell(SheetNames.三公统计, "B6");
        var finding = Breaks(Sample with { ThreePublic = Sample.ThreePublic with { VehiclesPurchased = new Quantity(2m, cell) } }, "S-13", cell);
        Assert.Equal(0m, finding.Expected);
    }
}
