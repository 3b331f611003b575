using System.Globalization;
using System.Text;
using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// Checks one <see cref="Identity"/> and words the finding: “公开05表 基本支出合计 1,894.78 万元 ≠
/// 公开06表 人员经费合计 1,763.61 万元 + 公用经费合计 131.18 万元 = 1,894.79 万元”. A money
/// difference within the rounding tolerance becomes a <see cref="Severity.RoundingNote"/>.
/// </summary>
internal static class IdentityChecker
{
    /// <summary>Parts printed in a message; beyond this, zero parts are left out (their cells stay listed).</summary>
    private const int PartsShownInFull = 4;

    public static Finding? Check(RuleInfo rule, Identity identity)
    {
        var terms = identity.Terms.ToList();
        if (terms.Any(t => !t.Available)) return null;
        var left = identity.Left.Sum(t => t.Value);
        var right = identity.Right.Sum(t => t.Value);
        var difference = identity.Relation == Relation.Equal ? Math.Abs(left - right) : left - right;
        if (difference <= 0) return null;

        var money = terms.Any(t => t.IsMoney);
        var decimals = money ? Precision.MoneyDecimals(terms.Select(t => t.Value)) : terms.Max(t => Precision.DecimalsOf(t.Value));
        var severity = money && difference <= Precision.Tolerance(decimals, terms.Count - 1)
            ? Severity.RoundingNote
            : rule.Severity;
        var symbol = identity.Relation == Relation.Equal ? "≠" : ">";
        // The size of the gap helps find the wrong figure (a transposition, a row counted twice, a figure in 元).
        var gap = identity.Relation == Relation.Equal ? "相差" : "超出";
        var detail = $"{Side(identity.Left, decimals, null)} {symbol} {Side(identity.Right, decimals, identity.Left[^1].Where)}，"
            + $"{gap} {Value(difference, terms[0].Unit, decimals)}";
        return new Finding(rule.Id, severity, rule.Message(detail), CellsOf(terms), right, left, identity.Key, Fixes(identity, left - right));
    }

    /// <summary>
    /// Each figure of an equality that has one cell, and the value that would make the equality hold
    /// with every other figure as it is (a figure named twice gets none: it has no single fix).
    /// </summary>
    private static Dictionary<SourceRef, decimal>? Fixes(Identity identity, decimal leftMinusRight)
    {
        if (identity.Relation != Relation.Equal) return null;
        var fixes = new Dictionary<SourceRef, decimal>();
        var twice = identity.Terms.SelectMany(t => t.Cells).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var (terms, sign) in new[] { (identity.Left, -1m), (identity.Right, 1m) })
        {
            foreach (var term in terms.Where(t => t.Cells.Count == 1 && !twice.Contains(t.Cells[0])))
                fixes[term.Cells[0]] = term.Value + sign * leftMinusRight;
        }
        return fixes;
    }

    private static IReadOnlyList<SourceRef> CellsOf(IEnumerable<Term> terms) => [.. terms.SelectMany(t => t.Cells).Distinct()];

    private static string Side(IReadOnlyList<Term> terms, int decimals, string? previousWhere)
    {
        var text = new StringBuilder();
        var shown = terms.Count <= PartsShownInFull ? terms : [.. terms.Where(t => t.Value != 0)];
        if (shown.Count == 0) shown = [terms[0]];
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0) text.Append(" + ");
            var term = shown[i];
            if (term.Where.Length > 0 && term.Where != previousWhere) text.Append(term.Where).Append(' ');
            text.Append(term.Label).Append(' ').Append(Value(term.Value, term.Unit, decimals));
            previousWhere = term.Where;
        }
        if (shown.Count < terms.Count) text.Append(CultureInfo.InvariantCulture, $"（其余 {terms.Count - shown.Count} 项为 0）");
        if (terms.Count > 1) text.Append(" = ").Append(Value(terms.Sum(t => t.Value), terms[0].Unit, decimals));
        return text.ToString();
    }

    private static string Value(decimal value, string unit, int decimals) =>
        Numbers.Format(value, decimals) + (unit.Length > 0 ? " " + unit : "");
}
