using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;
using P = JuneBudget.Format.PriorYearFields;

namespace JuneBudget.Validation.Rules.CrossYear;

/// <summary>
/// Y-03: when last year's workbook is paired, every figure of this workbook's 上年数 sheet must agree
/// with it (the sheet is then unused, but a disagreement means one of them is wrong). Last year's
/// side is what <see cref="PriorYearExtractor"/> takes from that workbook, so the check and the
/// figures the document uses can never mean different cells.
/// </summary>
internal static class PriorSheetAgreementRule
{
    private const string Sheet = SheetNames.上年数;
    private const string PreviousWorkbook = "上年工作簿";

    public static readonly IValidationRule Rule = new IdentityRule(
        new("Y-03", Severity.Error, "“上年数”工作表与上年工作簿不一致（同比以上年工作簿为准，请改正“上年数”工作表或将其删除）：{0}", "上年数表每个数 = 上年工作簿对应数（两者都在时）"),
        Identities);

    private static IEnumerable<Identity> Identities(ValidationContext c)
    {
        if (c.Previous is null || c.Current.PriorYearSheet is not { } sheet) yield break;
        if (sheet.IsBlank()) yield break;  // unused, not contradictory
        // A table left blank in last year's workbook is 未填报 (C-03 says so), not a year of zeros to compare with.
        if (TableCatalog.All.Any(k => !c.PreviousTable(k)!.Usable)) yield break;
        var previous = PriorYearExtractor.FromWorkbook(c.Previous);
        var last = new PreviousTerms(c);
        var order = P.Fixed.ToList();
        foreach (var (key, amount) in sheet.Figures.OrderBy(f => order.IndexOf(f.Key)).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            if (previous.Figures.TryGetValue(key, out var figure))
                yield return Identity.Equal(Term.Money(Sheet, key, amount), last.Money(key, figure), $"{Sheet}/{key}");
        }
        foreach (var (kind, items, lastItems) in new[]
        {
            (P.一般公共预算项, sheet.GeneralBudgetItems, previous.GeneralBudgetItems),
            (P.政府性基金项, sheet.GovernmentFundItems, previous.GovernmentFundItems),
            (P.国有资本经营项, sheet.StateCapitalItems, previous.StateCapitalItems),
        })
        {
            if (!items.Any(i => i.IsItem)) continue;
            var listed = ByCode(items);
            var lastListed = ByCode(lastItems);
            foreach (var code in listed.Keys.Concat(lastListed.Keys).Distinct().Order(StringComparer.Ordinal))
            {
                var item = listed.GetValueOrDefault(code);
                var lastItem = lastListed.GetValueOrDefault(code);
                yield return Identity.Equal(Term.Money(Sheet, $"{kind} {ItemLabel(code, item)}", item?.Amount ?? Amount.Zero),
                    last.Money(ItemLabel(code, lastItem), lastItem?.Amount ?? Amount.Zero), $"{Sheet}/{kind}/{code}");
            }
        }
    }

    /// <summary>
    /// First 项 per code (a code listed twice is the reader's finding, not a reason to stop). 类 and
    /// 款 rows only name things, so a sheet may list them or not: they are not compared.
    /// </summary>
    private static Dictionary<string, PriorItem> ByCode(IEnumerable<PriorItem> items) =>
        items.Where(i => i.IsItem).DistinctBy(i => i.Code).ToDictionary(i => i.Code, StringComparer.Ordinal);

    private static string ItemLabel(string code, PriorItem? item) => item is null ? $"{code}（未列出）" : $"{code} {item.Name}";

    /// <summary>
    /// Last year's figures as terms, named by where their cell is: “上年公开07表” for a public table
    /// (the table found on that sheet, coded in last year's format), “上年其他事项” for another sheet,
    /// “上年工作簿” for a figure with no cell. A figure with no cell may come from a table missing
    /// from last year's workbook (already a reader finding): it is compared only when none is missing.
    /// </summary>
    private sealed class PreviousTerms(ValidationContext c)
    {
        private readonly IReadOnlyList<TableView> views = [.. TableCatalog.All.Select(k => c.PreviousTable(k)!)];

        private Dictionary<string, string>? places;

        public Term Money(string label, Amount amount) =>
            Term.Money(Where(amount.Source), label, amount, available: amount.Source is not null || views.All(t => t.Present));

        private string Where(SourceRef? cell)
        {
            if (cell is null) return PreviousWorkbook;
            places ??= views.Where(t => t.Table.Location is not null).DistinctBy(t => t.Table.Location!.Sheet)
                .ToDictionary(t => t.Table.Location!.Sheet, t => t.Where, StringComparer.Ordinal);
            return places.TryGetValue(cell.Sheet, out var table) ? table : "上年" + cell.Sheet;
        }
    }
}
