using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Plausibility;

/// <summary>
/// W-02: a 自评表 spends 上年结转资金 (a 上年结转资金 row, or “上年结转” in its name as in S004)
/// while 公开01表 and 公开04表 show no 年初结转和结余 at all.
/// </summary>
internal sealed class CarriedOverWithoutOpeningRule : IValidationRule
{
    public RuleInfo Info { get; } = new("W-02", Severity.Warning, "自评表使用上年结转资金，但年初结转和结余为 0，请核实资金来源：{0}",
        "自评表有上年结转资金而公开01、04表年初结转和结余均为 0（警告）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var opening01 = context.Table(TableKind.IncomeExpenditureSummary).At(R.年初结转和结余, C.决算数);
        var opening04 = context.Table(TableKind.FiscalSummary).At(R.年初财政拨款结转和结余, C.决算数);
        if (!opening01.Available || opening01.Value != 0 || opening04.Value != 0) yield break;
        foreach (var p in context.Current.Projects)
        {
            var spent = p.CarriedOver?.Executed is { Value: > 0 } carried ? carried
                : p.Name.Contains("上年结转", StringComparison.Ordinal) && p.Total.Executed.Value > 0 ? p.Total.Executed
                : null;
            if (spent is null) continue;
            var detail = $"自评表“{p.Name}”上年结转资金执行数 {Numbers.Money(spent.Value)}，而 {opening01.Where} {opening01.Label} {Numbers.Money(0)}";
            var cells = new[] { spent.Source, p.Source }.Concat(opening01.Cells).Concat(opening04.Cells).OfType<SourceRef>().Distinct().ToList();
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, spent.Value, 0m, $"自评表/{p.Name}/上年结转资金");
        }
    }
}
