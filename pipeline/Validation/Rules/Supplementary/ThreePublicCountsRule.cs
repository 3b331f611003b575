using JuneBudget.Format;
using JuneBudget.Model;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Supplementary;

/// <summary>
/// S-11 … S-13, the other direction of S-06 … S-08: no 三公 spending means no 团组/批次/人次/购置
/// recorded (the document would print “接待 3 批次” beside “0.00 万元”), and a 团组/批次 has at least
/// one 人次 and no more 团组/批次 than 人次.
/// </summary>
internal sealed class ThreePublicCountsRule(RuleInfo info, string column, string unit, (string Label, Func<ThreePublicStats, Quantity> Pick) batches,
    (string Label, Func<ThreePublicStats, Quantity> Pick)? persons) : IValidationRule
{
    public RuleInfo Info { get; } = info;

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var spent = context.Table(TableKind.ThreePublic).At(R.决算数, column);
        if (!spent.Available) yield break;
        var stats = context.Current.ThreePublic;
        var counts = new[] { batches, persons }.OfType<(string Label, Func<ThreePublicStats, Quantity> Pick)>()
            .Select(s => (s.Label, Count: s.Pick(stats))).ToList();
        var spentCell = spent.Cells.Count > 0 ? $"（单元格 {spent.Cells[0].Cell}）" : "";
        if (spent.Value == 0)
        {
            foreach (var (label, count) in counts.Where(c => c.Count.Value > 0))
            {
                var detail = $"{spent.Where} {spent.Label} 为 0{spentCell}，但{SheetNames.三公统计} {label} 为 {Numbers.Plain(count.Value)}{Cell(count)}。"
                    + $"没有支出就不应有{label}：请把{label}改为 0，或补填{spent.Where} {spent.Label}";
                yield return Finding(detail, [.. Cells(count), .. spent.Cells], 0m, count.Value, label);
            }
            yield break;
        }
        if (counts.Count < 2) yield break;
        var (batchLabel, batch) = counts[0];
        var (personLabel, person) = counts[1];
        if (batch.Value >= 1 && person.Value < batch.Value)
        {
            var detail = $"{SheetNames.三公统计} {batchLabel} 为 {Numbers.Plain(batch.Value)}{Cell(batch)}，{personLabel} 却为 {Numbers.Plain(person.Value)}{Cell(person)}。"
                + $"每{unit}至少一人：{personLabel}应不少于 {Numbers.Plain(batch.Value)}，请核对这两个数";
            yield return Finding(detail, [.. Cells(person), .. Cells(batch)], batch.Value, person.Value, personLabel);
        }
    }

    private Finding Finding(string detail, IReadOnlyList<SourceRef> cells, decimal expected, decimal actual, string label) =>
        new(Info.Id, Info.Severity, Info.Message(detail), cells, expected, actual, $"{SheetNames.三公统计}/{label}");

    private static string Cell(Quantity q) => q.Source is { } s ? $"（单元格 {s.Cell}）" : "";

    private static IEnumerable<SourceRef> Cells(Quantity q) => q.Source is null ? [] : [q.Source];

    public static readonly IValidationRule Trips = new ThreePublicCountsRule(
        new("S-11", Severity.Error, "因公出国（境）团组、人次与支出不符：{0}",
            "因公出国（境）费决算数 = 0 ⇒ 团组数 = 0 且 人次 = 0；人次 ≥ 团组数"),
        ColumnKeys.因公出国费, "个团组", (WorkbookFields.因公出国团组数, s => s.TripGroups), (WorkbookFields.因公出国人次, s => s.TripPersons));

    public static readonly IValidationRule Receptions = new ThreePublicCountsRule(
        new("S-12", Severity.Error, "公务接待批次、人次与支出不符：{0}",
            "公务接待费决算数 = 0 ⇒ 接待批次 = 0 且 人次 = 0；人次 ≥ 批次"),
        ColumnKeys.公务接待费, "批接待", (WorkbookFields.公务接待批次, s => s.ReceptionBatches), (WorkbookFields.公务接待人次, s => s.ReceptionPersons));

    public static readonly IValidationRule Purchases = new ThreePublicCountsRule(
        new("S-13", Severity.Error, "公务用车购置数与支出不符：{0}", "公务用车购置费决算数 = 0 ⇒ 公务用车购置数 = 0"),
        ColumnKeys.公务用车购置费, "辆", (WorkbookFields.公务用车购置数, s => s.VehiclesPurchased), null);
}
