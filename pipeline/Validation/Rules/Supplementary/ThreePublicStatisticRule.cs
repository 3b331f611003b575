using JuneBudget.Format;
using JuneBudget.Model;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Supplementary;

/// <summary>
/// S-06 … S-08: a 三公 amount spent implies its statistics: 因公出国 > 0 ⇒ 团组 ≥ 1 and 人次 ≥ 1;
/// 公务接待费 > 0 ⇒ 批次 ≥ 1; 公务用车购置费 > 0 ⇒ 购置数 ≥ 1. One declarative class, three instances.
/// </summary>
internal sealed class ThreePublicStatisticRule(RuleInfo info, string column, params (string Label, Func<ThreePublicStats, Quantity> Pick)[] statistics) : IValidationRule
{
    public RuleInfo Info { get; } = info;

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var spent = context.Table(TableKind.ThreePublic).At(R.决算数, column);
        if (!spent.Available || spent.Value <= 0) yield break;
        foreach (var (label, pick) in statistics)
        {
            var count = pick(context.Current.ThreePublic);
            if (count.Value >= 1) continue;
            var detail = $"{spent.Where} {spent.Label} {Numbers.Money(spent.Value)} > 0，但{SheetNames.三公统计} {label} 为 {Numbers.Plain(count.Value)}";
            var cells = spent.Cells.Concat(count.Source is null ? [] : [count.Source]).ToList();
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, 1m, count.Value, $"{SheetNames.三公统计}/{label}");
        }
    }

    public static readonly IValidationRule Trips = new ThreePublicStatisticRule(
        new("S-06", Severity.Error, "有因公出国（境）费支出，应有团组和人次：{0}", "因公出国（境）费决算数 > 0 ⇒ 团组数 ≥ 1 且 人次 ≥ 1"),
        ColumnKeys.因公出国费, (WorkbookFields.因公出国团组数, s => s.TripGroups), (WorkbookFields.因公出国人次, s => s.TripPersons));

    public static readonly IValidationRule Receptions = new ThreePublicStatisticRule(
        new("S-07", Severity.Error, "有公务接待费支出，应有接待批次：{0}", "公务接待费决算数 > 0 ⇒ 国内公务接待批次 ≥ 1"),
        ColumnKeys.公务接待费, (WorkbookFields.公务接待批次, s => s.ReceptionBatches));

    public static readonly IValidationRule Purchases = new ThreePublicStatisticRule(
        new("S-08", Severity.Error, "有公务用车购置费支出，应有购置车辆：{0}", "公务用车购置费决算数 > 0 ⇒ 公务用车购置数 ≥ 1"),
        ColumnKeys.公务用车购置费, (WorkbookFields.公务用车购置数, s => s.VehiclesPurchased));
}
