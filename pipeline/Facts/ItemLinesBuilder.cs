using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// The 项 lists of §五(三), §七 and §八: every 7-digit 科目 non-zero this year or last year, in
/// code order, with its change against last year and its 主要原因.
/// </summary>
internal static class ItemLinesBuilder
{
    public static IReadOnlyList<ItemLine> Build(
        FactsContext ctx, TableKind kind, string column, IReadOnlyList<PriorItem> priorItems, string fund, string location,
        bool asksReasons = true)
    {
        var table = ctx.Tables[kind];
        var names = new ItemNames(table, ctx.Unit.PreviousWorkbook?.Tables[kind], priorItems);
        var prior = priorItems.Where(p => p.IsItem)
            .GroupBy(p => p.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sourced.Sum(g.Select(p => (Sourced)p.Amount)), StringComparer.Ordinal);
        var codes = table.CodedRows.Where(r => r.Level == 3 && !r[column].IsZero).Select(r => r.Code!)
            .Concat(prior.Where(p => p.Value.Value != 0m).Select(p => p.Key))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var lines = new List<ItemLine>(codes.Count);
        foreach (var code in codes)
        {
            var change = ctx.Change(table.Get(code, column), prior.GetValueOrDefault(code, Sourced.Zero));
            var itemName = names.Name(code);
            var reason = asksReasons
                ? ctx.Reason(ReasonKeys.Item(fund, code), $"{itemName.Text ?? itemName.Placeholder}（{code}）支出与上年相比增减的主要原因", location)
                : ctx.NotAsked(ReasonKeys.Item(fund, code));
            lines.Add(new ItemLine(lines.Count + 1, code, names.Name(code[..3]), names.Name(code[..5]), itemName, change, reason));
        }
        return lines;
    }
}
