using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Magnitude;

/// <summary>
/// M-01: an amount typed in 元 where the workbook says 万元 is 10,000 times too large. Such a figure
/// otherwise shows only as inequalities (or as nothing when it crosses no identity), and a finance
/// officer is not told what happened. Two signs, both conservative:
/// an equality of the catalogue fails and holds (within rounding) once one of its figures is divided by
/// 10,000; or a money figure exceeds ten times the unit's 收入总计/支出总计 (公开01表), which no part of
/// the unit's money can. Three or more such figures on one sheet are reported as the whole table.
/// </summary>
internal sealed class YuanForWanRule : IValidationRule
{
    private const decimal YuanPerWan = 10_000m;

    /// <summary>A table with at least this many suspect figures is reported as a whole.</summary>
    private const int WholeTable = 3;

    public RuleInfo Info { get; } = new("M-01", Severity.Error, "疑似以元填报：{0}",
        "金额疑似以元填成万元：某个数除以 10,000 后相关等式成立，或某个金额超过单位收入（支出）总计的 10 倍；一张表有 3 个以上时按整张表报告");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var suspects = new Dictionary<SourceRef, Suspect>();
        foreach (var rule in RuleCatalogue.All.OfType<IdentityRule>())
        {
            foreach (var identity in rule.Identities(context))
            {
                foreach (var suspect in FromIdentity(identity)) suspects.TryAdd(suspect.Cell, suspect);
            }
        }
        foreach (var suspect in FromSize(context)) suspects.TryAdd(suspect.Cell, suspect);

        foreach (var sheet in suspects.Values.GroupBy(s => s.Cell.Sheet))
        {
            var list = sheet.OrderBy(s => s.Cell.Cell.Length).ThenBy(s => s.Cell.Cell, StringComparer.Ordinal).ToList();
            if (list.Count >= WholeTable)
            {
                var shown = string.Join("、", list.Take(5).Select(s => $"{s.Label} {Numbers.Plain(s.Value)}（{s.Cell.Cell}）"));
                var more = list.Count > 5 ? $"等 {list.Count} 个数" : $"这 {list.Count} 个数";
                var detail = $"{list[0].Where}（工作表“{sheet.Key}”）整张表疑似以元填报：{shown}{more}按万元看都大了约一万倍，除以 10,000 后{Because(list)}。"
                    + "请把该表的金额全部换算为万元（元 ÷ 10,000，保留两位小数）后重新填写";
                yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [.. list.Select(s => s.Cell)], null, null, $"{list[0].Where}/以元填报");
                continue;
            }
            foreach (var s in list)
            {
                var wan = Math.Round(s.Value / YuanPerWan, 2, MidpointRounding.AwayFromZero);
                var detail = $"{s.Where} {s.Label} 填的是 {Numbers.Plain(s.Value)}（单元格 {s.Cell.Cell}），这一行疑似以元填报：按万元应为 {Numbers.Format(wan, 2)} 万元，{s.Why}。"
                    + $"请把该单元格改为 {Numbers.Format(wan, 2)}";
                yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [s.Cell], wan, s.Value, s.Key);
            }
        }
    }

    private static string Because(IReadOnlyList<Suspect> list) =>
        list.Any(s => s.FromIdentity) ? "与其他表的核对才能成立" : "才与单位的收入支出规模相称";

    private sealed record Suspect(SourceRef Cell, string Where, string Label, decimal Value, string Key, string Why, bool FromIdentity);

    /// <summary>The figures of a failing equality that would make it hold if they were in 元.</summary>
    private static IEnumerable<Suspect> FromIdentity(Identity identity)
    {
        if (identity.Relation != Relation.Equal) yield break;
        var terms = identity.Terms.ToList();
        if (terms.Any(t => !t.Available || !t.IsMoney)) yield break;
        var left = identity.Left.Sum(t => t.Value);
        var right = identity.Right.Sum(t => t.Value);
        var tolerance = Precision.Tolerance(2, terms.Count - 1) + 0.005m;  // plus the rounding of the figure divided
        if (Math.Abs(left - right) <= tolerance) yield break;
        foreach (var term in terms)
        {
            // At least 100 元 (0.01 万元 after dividing): a small typo must not look like 元.
            if (term.Cells.Count != 1 || Math.Abs(term.Value) < 100m) continue;
            var scaled = term.Value / YuanPerWan - term.Value;
            var onLeft = identity.Left.Contains(term);
            var difference = Math.Abs(left + (onLeft ? scaled : 0) - right - (onLeft ? 0 : scaled));
            if (difference > tolerance) continue;
            var others = terms.Where(t => t != term).ToList();
            var named = string.Join("、", others.Take(3).Select(t => (t.Where == term.Where ? t.Label : $"{t.Where} {t.Label}").Trim()));
            yield return new(term.Cells[0], term.Where, term.Label, term.Value, identity.Key,
                $"这样才与同一核对中的{named}{(others.Count > 3 ? "等" : "")}相符", FromIdentity: true);
        }
    }

    /// <summary>Money figures above ten times what the unit received or spent in all.</summary>
    private static IEnumerable<Suspect> FromSize(ValidationContext c)
    {
        var summary = c.Table(TableKind.IncomeExpenditureSummary);
        if (!summary.Present) yield break;
        var scale = Math.Max(summary.At(R.收入总计, C.决算数).Value, summary.At(R.支出总计, C.决算数).Value);
        if (scale <= 0) yield break;
        foreach (var f in UnitFigures.All(c))
        {
            if (!f.IsMoney || f.Cell is null || Math.Abs(f.Value) <= 10 * scale || f.Where == summary.Where) continue;
            yield return new(f.Cell, f.Where, f.Label, f.Value, f.Key,
                $"否则它超过了单位收入支出总计 {Numbers.Money(scale)} 的 10 倍", FromIdentity: false);
        }
    }
}
