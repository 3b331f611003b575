using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.CrossYear;

/// <summary>
/// Y-01, Y-02: this year's 年初 equals last year's 年末. A warning only: the public tables do not show
/// 调整/收回 of carry-overs (the sample itself has a 66.30 万元 收回). Last year's figure comes from
/// last year's workbook when paired, else from the 上年数 sheet when it carries the figure.
/// </summary>
internal static class CarryOverRules
{
    public static readonly IValidationRule Total = new IdentityRule(
        new("Y-01", Severity.Warning, "年初结转和结余与上年年末结转和结余不一致（如有调整或收回，请在说明中注明）：{0}",
            "公开01表 年初结转和结余 = 上年 年末结转和结余（警告：公开表不反映调整）"),
        c =>
        {
            var opening = c.Table(TableKind.IncomeExpenditureSummary).At(R.年初结转和结余, C.决算数);
            var previous = PreviousYearEnd(c, TableKind.IncomeExpenditureSummary, R.年末结转和结余, C.决算数, PriorYearFields.年末结转和结余);
            return previous is null ? [] : [Identity.Equal(opening, previous, "Y-01")];
        });

    private static readonly (string Opening, string Column, string PriorKey)[] Funds =
    [
        (R.年初一般公共预算财政拨款, C.一般公共预算财政拨款, PriorYearFields.年末一般公共预算结转),
        (R.年初政府性基金预算财政拨款, C.政府性基金预算财政拨款, PriorYearFields.年末政府性基金结转),
        (R.年初国有资本经营预算财政拨款, C.国有资本经营预算财政拨款, PriorYearFields.年末国有资本经营结转),
    ];

    public static readonly IValidationRule ByFund = new IdentityRule(
        new("Y-02", Severity.Warning, "年初财政拨款结转和结余与上年年末数不一致（如有调整或收回，请在说明中注明）：{0}",
            "公开04表 年初财政拨款结转和结余（每类资金）= 上年 年末财政拨款结转和结余（警告）"),
        c =>
        {
            var t04 = c.Table(TableKind.FiscalSummary);
            return Funds.Select(f => (f, previous: PreviousYearEnd(c, TableKind.FiscalSummary, R.年末财政拨款结转和结余, f.Column, f.PriorKey)))
                .Where(x => x.previous is not null)
                .Select(x => Identity.Equal(t04.At(x.f.Opening, C.决算数), x.previous!, t04.Key(x.f.Opening, C.决算数)));
        });

    private static Term? PreviousYearEnd(ValidationContext c, TableKind kind, string row, string column, string priorKey)
    {
        if (c.PreviousTable(kind) is { } previous) return previous.At(row, column);
        return c.UnitYear.Prior is { } prior && prior.Figures.TryGetValue(priorKey, out var amount)
            ? Term.Money(SheetNames.上年数, priorKey, amount)
            : null;
    }
}
