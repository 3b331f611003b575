using JuneBudget.Format;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>第二部分 九: 财政拨款“三公”经费 (公开09表, 三公统计, 国有资产 车辆数).</summary>
internal static class ThreePublicFactsBuilder
{
    public static ThreePublicFacts Build(FactsContext ctx)
    {
        var here = ctx.Format.Location(SectionKeys.ThreePublic);
        var t = ctx.Tables.ThreePublic;
        var stats = ctx.Current.ThreePublic;
        var total = t.Get(R.决算数, C.三公合计);

        ThreePublicItem Item(string column, string priorKey, string item, string label) => new(
            ctx.Share(t.Get(R.决算数, column), total),
            ctx.Change(t.Get(R.决算数, column), ctx.Prior(priorKey)),
            ctx.Reason(ReasonKeys.ThreePublicItem(item, budget: false), $"{label}与上年相比增减的主要原因", here));

        BudgetLine Budget(string column, string key, string label) => new(
            ctx.Variance(t.Get(R.预算数, column), t.Get(R.决算数, column)),
            ctx.Reason(key, $"{label}决算数与全年预算数差异的主要原因", here));

        var totalFigure = ctx.Money(total);
        var change = ctx.Change(total, ctx.Prior(PriorYearFields.三公经费合计));
        var changeReason = ctx.Reason(ReasonKeys.三公上年, "财政拨款“三公”经费支出与上年相比增减的主要原因", here);
        var abroad = Item(C.因公出国费, PriorYearFields.因公出国费, "因公出国", "因公出国（境）费");
        var vehicle = Item(C.公务用车购置及运行费, PriorYearFields.公务用车购置及运行费, "公务用车", "公务用车购置及运行维护费");
        var reception = Item(C.公务接待费, PriorYearFields.公务接待费, "公务接待", "公务接待费");
        var purchase = t.Get(R.决算数, C.公务用车购置费);
        var running = t.Get(R.决算数, C.公务用车运行费);
        var assetVehicles = ctx.Current.Other.VehicleCount;
        var differ = assetVehicles.Value != stats.VehiclesHeld.Value;
        return new ThreePublicFacts
        {
            Total = totalFigure,
            Change = change,
            ChangeReason = changeReason,
            Abroad = abroad,
            Vehicle = vehicle,
            Reception = reception,
            AbroadContent = FactsContext.Field(stats.TripContent, WorkbookFields.因公出国开支内容),
            TripGroups = ctx.Count(stats.TripGroups),
            TripPersons = ctx.Count(stats.TripPersons),
            VehiclePurchase = ctx.Money(purchase),
            VehicleRunning = ctx.Money(running),
            VehicleRunningContent = FactsContext.Field(stats.VehicleRunningContent, WorkbookFields.公务用车运行维护费开支内容),
            VehiclesPurchased = ctx.Count(stats.VehiclesPurchased),
            VehiclesHeld = ctx.Count(stats.VehiclesHeld),
            AssetVehicles = ctx.Count(assetVehicles),
            VehicleCountsDiffer = differ,
            VehicleDifferenceReason = FactsContext.Field(stats.VehicleDifferenceReason, WorkbookFields.车辆差异原因),
            ReceptionContent = FactsContext.Field(stats.ReceptionContent, WorkbookFields.公务接待开支内容),
            ReceptionBatches = ctx.Count(stats.ReceptionBatches),
            ReceptionPersons = ctx.Count(stats.ReceptionPersons),
            BudgetTotal = Budget(C.三公合计, ReasonKeys.三公预算, "财政拨款“三公”经费支出"),
            AbroadBudget = Budget(C.因公出国费, ReasonKeys.ThreePublicItem("因公出国", true), "因公出国（境）费"),
            PurchaseBudget = Budget(C.公务用车购置费, ReasonKeys.ThreePublicItem("公务用车购置", true), "公务用车购置费"),
            RunningBudget = Budget(C.公务用车运行费, ReasonKeys.ThreePublicItem("公务用车运行", true), "公务用车运行维护费"),
            ReceptionBudget = Budget(C.公务接待费, ReasonKeys.ThreePublicItem("公务接待", true), "公务接待费"),
        };
    }
}
