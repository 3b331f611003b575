using JuneBudget.Format;

namespace JuneBudget.Facts;

/// <summary>第二部分 十 (机关运行经费, 政府采购, 国有资产), 十一 and 十二.</summary>
internal static class OtherMattersFactsBuilder
{
    public static OperatingCostFacts OperatingCost(FactsContext ctx)
    {
        var cost = ctx.Current.Other.OperatingCost;
        var nature = ctx.Current.Unit.Nature;
        var here = ctx.Format.Location(SectionKeys.OperatingCost);
        var members = ctx.Current.Unit.HasSubordinateUnits
            ? ctx.Current.Profile.MemberUnits.Where(m => m.RunningCost is not null).ToList()
            : [];
        // A 部门 reporting unit by unit states each unit's figure (seed 002) and not the 部门 total.
        var units = members.Select(m => new RunningCostLine(
            m.Name.Trim(), m.Nature.Trim(), WorkbookFields.NatureKind(m.Nature), ctx.Money(m.RunningCost!),
            ctx.Change(m.RunningCost!, m.RunningCostPrior ?? Model.Amount.Zero),
            ctx.Reason(ReasonKeys.MemberRunningCost(m.Number), $"{m.Name.Trim()}（{m.Nature.Trim()}）运行经费支出与上年相比增减的主要原因", here))).ToList();
        if (units.Count > 0)
            return new OperatingCostFacts(units[0].Amount, units[0].Change, units[0].Reason, WorkbookFields.NatureKind(nature) == "administrative", WorkbookFields.NatureKind(nature), units);
        return new OperatingCostFacts(
            ctx.Money(cost),
            ctx.Change(cost, ctx.Prior(PriorYearFields.机关运行经费)),
            ctx.Reason(ReasonKeys.机关运行经费上年, "机关运行经费支出与上年相比增减的主要原因", here),
            WorkbookFields.NatureKind(nature) == "administrative", WorkbookFields.NatureKind(nature), []);
    }

    public static ProcurementFacts Procurement(FactsContext ctx)
    {
        var o = ctx.Current.Other;
        return new ProcurementFacts(ctx.Money(o.ProcurementTotal), ctx.Money(o.ProcurementGoods), ctx.Money(o.ProcurementWorks),
            ctx.Money(o.ProcurementServices), ctx.Share(o.ProcurementSme, o.ProcurementTotal), ctx.Share(o.ProcurementMicro, o.ProcurementTotal));
    }

    public static AssetFacts Assets(FactsContext ctx)
    {
        var o = ctx.Current.Other;
        var vehicles = o.VehiclesByCategory
            .Select((v, i) => new VehicleCategoryFacts(v.Category, ctx.Count(v.Count), i == o.VehiclesByCategory.Count - 1))
            .ToList();
        var other = o.VehiclesByCategory.FirstOrDefault(v => v.Category == "其他用车").Count;
        var hasOther = other is not null && other.Value != 0m;
        return new AssetFacts
        {
            BuildingArea = ctx.Figure(o.BuildingArea, FigureKind.Area),
            BuildingValue = ctx.Money(o.BuildingValue),
            VehicleCount = ctx.Count(o.VehicleCount),
            VehicleValue = ctx.Money(o.VehicleValue),
            Vehicles = vehicles,
            HasOtherVehicles = hasOther,
            OtherVehiclesDescription = FactsContext.Field(o.OtherVehiclesDescription, WorkbookFields.其他用车说明),
            LargeEquipment = ctx.Count(o.LargeEquipmentCount),
            // Last, so that the source ids of a document without it stay as they were.
            FixedAssetsOriginal = o.FixedAssetsOriginalValue is { } original ? ctx.Money(original) : null,
        };
    }

    public static PerformanceFacts Performance(FactsContext ctx)
    {
        var p = ctx.Current.Performance;
        var projects = ctx.Current.Projects;
        // Computed, not copied from the 预算绩效 sheet: the attached 自评表 plus the 其他需说明的事项 projects.
        var count = new Sourced(projects.Count, [.. projects.Select(x => x.Source)]) + p.OtherCount;
        var budget = Sourced.Sum(projects.Select(x => (Sourced)x.Total.FullYearBudget)) + p.OtherBudget;
        var executed = Sourced.Sum(projects.Select(x => (Sourced)x.Total.Executed)) + p.OtherExecuted;
        var hasOther = p.OtherCount.Value != 0m || !p.OtherCategory.IsBlank;
        return new PerformanceFacts
        {
            Count = ctx.Count(count),
            Budget = ctx.Money(budget),
            Executed = ctx.Money(executed),
            Achievements = FactsContext.Field(p.Achievements, WorkbookFields.绩效成效),
            Problems = FactsContext.Field(p.Problems, WorkbookFields.绩效问题),
            Improvements = FactsContext.Field(p.Improvements, WorkbookFields.绩效改进),
            EvaluationGrids = [.. projects.Select((_, i) => $"P{i + 1:00}")],
            HasOtherProjects = hasOther,
            OtherCategory = FactsContext.Sentence(p.OtherCategory.Value),
            OtherCount = ctx.Count(p.OtherCount),
            OtherBudget = ctx.Money(p.OtherBudget),
            OtherExecuted = ctx.Money(p.OtherExecuted),
            OtherNote = p.OtherNote.IsBlank ? null : FactsContext.Sentence(p.OtherNote.Value),
        };
    }
}
