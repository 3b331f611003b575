using JuneBudget.Model;
using P = JuneBudget.Format.PriorYearFields;

namespace JuneBudget.Validation.Rules.CrossYear;

/// <summary>
/// Y-03: when last year's workbook is paired, every figure of this workbook's 上年数 sheet must agree
/// with it (the sheet is then unused, but a disagreement means one of them is wrong).
/// </summary>
internal sealed class PriorSheetAgreementRule : IValidationRule
{
    private const string Sheet = "上年数";

    public RuleInfo Info { get; } = new("Y-03", Severity.Error, "上年数表与上年工作簿不一致：{0}",
        "上年数表每个数 = 上年工作簿对应数（两者都在时）");

    public IEnumerable<Finding> Check(ValidationContext context) =>
        Identities(context).Select(i => IdentityChecker.Check(Info, i)).OfType<Finding>();

    private static IEnumerable<Identity> Identities(ValidationContext c)
    {
        if (c.Previous is null || c.Current.PriorYearSheet is not { } sheet) yield break;
        // A 上年数 sheet left blank (every figure zero, no item) is unused, not contradictory.
        if (sheet.Figures.Values.All(a => a.IsZero) && sheet.GeneralBudgetItems.Count + sheet.GovernmentFundItems.Count + sheet.StateCapitalItems.Count == 0)
            yield break;
        foreach (var (key, amount) in sheet.Figures.OrderBy(f => P.Fixed.ToList().IndexOf(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            if (PreviousWorkbookFigures.Field(c, key) is { } previous)
                yield return Identity.Equal(Term.Money(Sheet, key, amount), previous, $"{Sheet}/{key}");
        }
        foreach (var (kind, items) in new[] { (P.一般公共预算项, sheet.GeneralBudgetItems), (P.政府性基金项, sheet.GovernmentFundItems), (P.国有资本经营项, sheet.StateCapitalItems) })
        {
            if (items.Count == 0 || PreviousWorkbookFigures.Items(c, kind) is not { } source) continue;
            var listed = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
            var codes = listed.Keys.Concat(source.Table.Coded.Where(r => r.Level == 3).Select(r => r.Key)).Distinct().Order(StringComparer.Ordinal);
            foreach (var code in codes)
            {
                var sheetTerm = listed.TryGetValue(code, out var item)
                    ? Term.Money(Sheet, $"{kind} {code} {item.Name}", item.Amount)
                    : Term.Money(Sheet, $"{kind} {code}（未列出）", Amount.Zero);
                yield return Identity.Equal(sheetTerm, source.Table.At(code, source.Column), $"{Sheet}/{kind}/{code}");
            }
        }
    }
}
