using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Validation.Rules.SelfEvaluation;

namespace JuneBudget.Validation.Rules;

/// <summary>
/// One figure of this year's workbook as the sign and magnitude checks see it: where it is printed,
/// how it is named, its cell and finding key. <see cref="Row"/> and <see cref="Column"/> are the names
/// an exemption may look at (“结余分配”, “调减”).
/// </summary>
internal sealed record UnitFigure(string Where, string Label, decimal Value, bool IsMoney, SourceRef? Cell, string Key, string Row, string Column);

/// <summary>Every amount and count of this year's workbook (public tables, key–value sheets, 自评表), in sheet order.</summary>
internal static class UnitFigures
{
    public static IEnumerable<UnitFigure> All(ValidationContext c)
    {
        foreach (var kind in TableCatalog.All)
        {
            var view = c.Table(kind);
            if (!view.Present) continue;
            foreach (var row in view.Table.Rows)
            {
                foreach (var (column, amount) in row.Values)
                    yield return new(view.Where, view.Label(row.Key, column), amount.Value, true, amount.Source, view.Key(row.Key, column), row.Key + row.Label, column);
            }
        }
        var book = c.Current;
        var other = book.Other;
        foreach (var (label, amount) in new (string, Amount?)[]
        {
            ("机关运行经费", other.OperatingCost), ("机关运行经费（行政单位和参公单位）", other.OperatingCostAdministrative),
            ("机关运行经费（事业单位）", other.OperatingCostInstitutional), ("政府采购支出总额", other.ProcurementTotal),
            ("政府采购货物支出", other.ProcurementGoods), ("政府采购工程支出", other.ProcurementWorks), ("政府采购服务支出", other.ProcurementServices),
            ("授予中小企业合同金额", other.ProcurementSme), ("授予小微企业合同金额", other.ProcurementMicro),
            ("固定资产原值", other.FixedAssetsOriginalValue), ("房屋价值", other.BuildingValue), ("车辆价值", other.VehicleValue),
        })
        {
            if (amount is not null) yield return Money(SheetNames.其他事项, label, amount, $"{SheetNames.其他事项}/{label}");
        }
        var counts = new List<(string Sheet, string Label, Quantity Count)>
        {
            (SheetNames.其他事项, "车辆数", other.VehicleCount),
            (SheetNames.三公统计, WorkbookFields.因公出国团组数, book.ThreePublic.TripGroups),
            (SheetNames.三公统计, WorkbookFields.因公出国人次, book.ThreePublic.TripPersons),
            (SheetNames.三公统计, WorkbookFields.公务用车购置数, book.ThreePublic.VehiclesPurchased),
            (SheetNames.三公统计, WorkbookFields.公务用车保有量, book.ThreePublic.VehiclesHeld),
            (SheetNames.三公统计, WorkbookFields.公务接待批次, book.ThreePublic.ReceptionBatches),
            (SheetNames.三公统计, WorkbookFields.公务接待人次, book.ThreePublic.ReceptionPersons),
            (SheetNames.人员情况, "实有人数", book.Profile.Staff.Total), (SheetNames.人员情况, "在职人员", book.Profile.Staff.Active),
            (SheetNames.人员情况, "离休人员", book.Profile.Staff.Veteran), (SheetNames.人员情况, "退休人员", book.Profile.Staff.Retired),
        };
        counts.AddRange(other.VehiclesByCategory.Select(v => (SheetNames.其他事项, v.Category, v.Count)));
        foreach (var (sheet, label, count) in counts)
            yield return new(sheet, label, count.Value, false, count.Source, $"{sheet}/{label}", label, "");
        foreach (var p in book.Projects)
        {
            foreach (var (line, funding) in new (string, FundingLine?)[]
                { ("年度资金总额", p.Total), ("当年财政拨款", p.CurrentAppropriation), ("上年结转资金", p.CarriedOver), ("其他资金", p.Other) })
            {
                if (funding is null) continue;
                foreach (var (column, pick) in ProjectTerms.Columns)
                    yield return Money(ProjectTerms.Where(p), line + column, pick(funding), ProjectTerms.Key(p, line + column));
            }
        }
        var performance = book.Performance;
        yield return Money(SheetNames.预算绩效, "全年预算数", performance.Budget, $"{SheetNames.预算绩效}/全年预算数");
        yield return Money(SheetNames.预算绩效, "全年执行数", performance.Executed, $"{SheetNames.预算绩效}/全年执行数");
    }

    private static UnitFigure Money(string where, string label, Amount amount, string key) => new(where, label, amount.Value, true, amount.Source, key, label, "");
}
