using System.Globalization;

namespace JuneBudget.Checking;

/// <summary>
/// A document checked without a workbook (`check --draft FILE` alone, a finance bureau auditing what
/// a department published): its sentences against its own attached tables and against their own
/// arithmetic (method and tolerance: docs/check.md). Exact where the text allows: a printed rate
/// equals the one computed from the printed amounts, rounded half away from zero to as many places
/// as it is printed with; a total equals the sum of its printed parts within their rounding
/// (half a cent for each figure), a difference inside that is listed for a person.
/// </summary>
public static class OwnFiguresChecker
{
    /// <summary>How many characters before a number are read for the word that says what it is (增加, 占, 差异率, 预算数).</summary>
    private const int RoleWindow = 4;

    /// <summary>Half a cent: the most one printed 2-place figure differs from the figure it was rounded from.</summary>
    private const decimal HalfCent = 0.005m;

    public static IReadOnlyList<CheckFinding> Check(DraftView draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var tables = TableLabels.From(draft.Tables);
        var findings = new List<CheckFinding>();
        var sentences = draft.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            foreach (var n in s.Numbers)
            {
                if (n.IsAmount && !IsChange(s, n)) CheckAmount(s, n, tables, findings);
                else if (n.Unit == NumberScanner.Percent) CheckRate(sentences, i, n, tables, findings);
            }
            CheckSum(sentences, i, findings);
        }
        return findings;
    }

    /// <summary>
    /// An amount after the name of a table row must be one of that row's amounts; an amount written in 元
    /// (or 万元) whose figure the tables print in the other unit is the wrong unit. Any other amount is
    /// not in the tables' scope (政府采购, 资产) and is not listed.
    /// </summary>
    private static void CheckAmount(CheckSentence s, NumberToken n, TableLabels tables, List<CheckFinding> findings)
    {
        var value = n.InTenThousandYuan;
        var row = tables.Named(Context(s, n));
        if (row is not null && !row.Values.Contains(value))
        {
            var printed = string.Join("、", row.Values.Order().Take(4).Select(Format));
            if (n.Unit == NumberScanner.Yuan && row.Values.Contains(n.Value))
            {
                findings.Add(Finding(s, n, $"{s.Place}：文中 {n.Text}元，{Tables(row)}“{row.Label}”为 {Format(n.Value)}万元（金额单位应为万元）", Format(n.Value) + NumberScanner.TenThousandYuan, row));
                return;
            }
            findings.Add(Finding(s, n, $"{s.Place}：文中“{row.Label}”{n.Text}{n.Unit}，{Tables(row)}该行为 {printed}万元", printed + NumberScanner.TenThousandYuan, row));
            return;
        }
        if (row is not null || tables.Amounts.Contains(value)) return;
        if (n.Unit == NumberScanner.Yuan && tables.Amounts.Contains(n.Value))
            findings.Add(Finding(s, n, $"{s.Place}：文中 {n.Text}元，表中为 {Format(n.Value)}万元（金额单位应为万元）", Format(n.Value) + NumberScanner.TenThousandYuan, null));
        else if (n.Unit == NumberScanner.TenThousandYuan && tables.Amounts.Contains(n.Value / 10_000m))
            findings.Add(Finding(s, n, $"{s.Place}：文中 {n.Text}万元，表中为 {Format(n.Value / 10_000m)}万元（以元为单位的数写成了万元）", Format(n.Value / 10_000m) + NumberScanner.TenThousandYuan, null));
    }

    /// <summary>A 预决算差异率, a growth or decline rate, a share: each against the amounts it is computed from.</summary>
    private static void CheckRate(IReadOnlyList<CheckSentence> sentences, int index, NumberToken rate, TableLabels tables, List<CheckFinding> findings)
    {
        var s = sentences[index];
        var before = Before(s, rate);
        var amountsBefore = s.Numbers.Where(n => n.IsAmount && n.Start < rate.Start).ToList();
        if (before.Contains("差异", StringComparison.Ordinal))
        {
            var actual = amountsBefore.LastOrDefault(n => Before(s, n).Contains("决算", StringComparison.Ordinal));
            var budget = amountsBefore.LastOrDefault(n => Before(s, n).Contains("预算", StringComparison.Ordinal) && n != actual);
            if (actual is null || budget is null) return;
            var (b, a) = (budget.InTenThousandYuan, actual.InTenThousandYuan);
            if (b == 0 && a != 0) return; // no rate against a zero budget; the sentence says why in words
            var expected = b == 0 ? 0 : Round((a - b) / b * 100, rate);
            if (expected == rate.Value) return;
            findings.Add(Finding(s, rate, $"{s.Place}：预决算差异率 {rate.Text}%，按文中预算数 {budget.Text}万元、决算数 {actual.Text}万元应为 {Format(expected, rate)}%（（决算数−预算数）÷预算数）", Format(expected, rate) + "%", null));
            return;
        }
        var change = amountsBefore.LastOrDefault();
        if (change is not null && IsChange(s, change) && (before.Contains("增长", StringComparison.Ordinal) || before.Contains("下降", StringComparison.Ordinal) || before.Contains("增加", StringComparison.Ordinal) || before.Contains("减少", StringComparison.Ordinal)))
        {
            var up = Before(s, change).Contains("增加", StringComparison.Ordinal);
            if (up != (before.Contains("增长", StringComparison.Ordinal) || before.Contains("增加", StringComparison.Ordinal)))
            {
                findings.Add(Finding(s, rate, $"{s.Place}：{(up ? "增加" : "减少")} {change.Text}万元，其比率却写作{(up ? "下降" : "增长")} {rate.Text}%", null, null));
                return;
            }
            var currents = Earlier(sentences, index, change).ToList();
            if (currents.Count == 0) return;
            decimal Growth(decimal current)
            {
                var last = up ? current - change.InTenThousandYuan : current + change.InTenThousandYuan;
                // Nothing last year: the documents write 增长100.00% (and 0.00% when nothing changed).
                return last == 0 ? (change.InTenThousandYuan == 0 ? 0 : 100) : Round(change.InTenThousandYuan / last * 100, rate);
            }
            if (currents.Any(c => Growth(c.InTenThousandYuan) == Math.Abs(rate.Value))) return;
            var nearest = currents[0];
            var want = Growth(nearest.InTenThousandYuan);
            findings.Add(Finding(s, rate, $"{s.Place}：{(up ? "增长" : "下降")} {rate.Text}%，按本年 {nearest.Text}万元、{(up ? "增加" : "减少")} {change.Text}万元应为 {Format(want, rate)}%（变动额÷上年数，上年数 = 本年数{(up ? "−" : "＋")}变动额）", Format(want, rate) + "%", null));
            return;
        }
        if (!before.Contains('占', StringComparison.Ordinal) || amountsBefore.Count == 0) return;
        var part = amountsBefore[^1];
        if (IsChange(s, part)) return;
        var wholes = Earlier(sentences, index, part).Select(n => n.InTenThousandYuan)
            .Concat(Related(sentences, s).Select(n => n.InTenThousandYuan)).Concat(tables.Totals).Where(w => w != 0).Distinct().ToList();
        if (wholes.Count == 0) return;
        if (part.InTenThousandYuan == 0 ? rate.Value == 0 : wholes.Any(w => Round(part.InTenThousandYuan / w * 100, rate) == rate.Value)) return;
        // The example names the whole the text most likely meant: its paragraph's first amount (the 三公 total), else that
        // of the first sibling section (五（一） for the items of 五（二）), else the largest total of the tables.
        var opening = sentences.First(x => x.Paragraph == s.Paragraph);
        var first = Levels(opening).FirstOrDefault();
        var whole = first is not null && first != part && first.InTenThousandYuan != 0 ? first.InTenThousandYuan
            : Related(sentences, s).Select(n => n.InTenThousandYuan).FirstOrDefault(w => w != 0) is var sibling && sibling != 0 ? sibling : wholes.Max();
        var share = Round(part.InTenThousandYuan / whole * 100, rate);
        findings.Add(Finding(s, rate, $"{s.Place}：占 {rate.Text}%，{part.Text}万元与文中和表中任何一个总额之比都不是它（如 ÷ {Format(whole)}万元 = {Format(share, rate)}%）", Format(share, rate) + "%", null));
    }

    /// <summary>
    /// A total and its parts: "总计 T 万元，其中：A 万元，B 万元…" in one sentence, or a sentence beginning 其中
    /// whose parts run on to the paragraph's end, each sentence's first amount one part (the 三公 paragraph).
    /// </summary>
    private static void CheckSum(IReadOnlyList<CheckSentence> sentences, int index, List<CheckFinding> findings)
    {
        var s = sentences[index];
        var at = TextForm.Normalise(s.Text).StartsWith("其中", StringComparison.Ordinal) ? 0 : s.Text.IndexOf("其中", StringComparison.Ordinal);
        if (at < 0) return;
        var levels = Levels(s).ToList();
        var total = levels.LastOrDefault(n => n.Start < at);
        List<NumberToken> parts;
        if (total is not null)
        {
            var next = s.Text.IndexOf("其中", at + 2, StringComparison.Ordinal);
            parts = [.. levels.Where(n => n.Start > at && (next < 0 || n.Start < next))];
        }
        else
        {
            if (index == 0 || sentences[index - 1].Paragraph != s.Paragraph) return;
            var previous = sentences[index - 1];
            total = Levels(previous).FirstOrDefault();
            parts = [.. sentences.Skip(index).TakeWhile(x => x.Paragraph == s.Paragraph)
                .Select(x => Levels(x).FirstOrDefault()).OfType<NumberToken>()];
            if (total is null) return;
            // The total is the previous sentence's: mark the first part here.
            if (parts.Count >= 2) Compare(s, parts[0], total, parts, findings);
            return;
        }
        if (parts.Count >= 2) Compare(s, total, total, parts, findings);
    }

    /// <summary>The parts against their total; the finding is on <paramref name="where"/>, <paramref name="marked"/> marked.</summary>
    private static void Compare(CheckSentence where, NumberToken marked, NumberToken total, List<NumberToken> parts, List<CheckFinding> findings)
    {
        var sum = parts.Sum(p => p.InTenThousandYuan);
        var difference = Math.Abs(sum - total.InTenThousandYuan);
        if (difference == 0) return;
        var terms = string.Join(" + ", parts.Select(p => p.Text));
        var rounding = difference <= HalfCent * (parts.Count + 1);
        findings.Add(Finding(where, marked,
            $"{where.Place}：{terms} = {Format(sum)}万元，合计却为 {total.Text}万元（相差 {Format(difference)}万元{(rounding ? "，在各数舍入的范围内，请人工核对" : "")}）",
            Format(sum) + NumberScanner.TenThousandYuan, null, rounding ? CheckSeverity.Review : CheckSeverity.Error));
    }

    /// <summary>
    /// The amounts a rate may be computed from, nearest first: those before <paramref name="before"/> in its sentence,
    /// then the earlier sentences of its paragraph, then of its section (not changes, not the number itself).
    /// </summary>
    private static IEnumerable<NumberToken> Earlier(IReadOnlyList<CheckSentence> sentences, int index, NumberToken before)
    {
        var s = sentences[index];
        foreach (var n in Levels(s).Where(n => n.Start < before.Start).Reverse()) yield return n;
        for (var i = index - 1; i >= 0 && sentences[i].Section == s.Section; i--)
        {
            foreach (var n in Levels(sentences[i])) yield return n;
        }
    }

    /// <summary>
    /// For a （二） section, the amounts of its siblings under the same 一、 heading (五（一） for 五（二）): a share's whole
    /// may be there. Not wider: the more amounts, the likelier one gives the printed rate by chance.
    /// </summary>
    private static IEnumerable<NumberToken> Related(IReadOnlyList<CheckSentence> sentences, CheckSentence s)
    {
        var slash = s.Section.Key.LastIndexOf('/');
        if (s.Section.Key.Count(c => c == '/') < 2) return [];
        var parent = s.Section.Key[..(slash + 1)];
        return sentences.Where(x => x.Section.Key.StartsWith(parent, StringComparison.Ordinal))
            .SelectMany(Levels);
    }

    /// <summary>The sentence's amounts that are not changes on last year, in order.</summary>
    private static IEnumerable<NumberToken> Levels(CheckSentence s) => s.Numbers.Where(n => n.IsAmount && !IsChange(s, n));

    /// <summary>True for an amount that is a change on last year (比上年增加 …万元).</summary>
    private static bool IsChange(CheckSentence s, NumberToken n)
    {
        var before = Before(s, n);
        return before.Contains("增加", StringComparison.Ordinal) || before.Contains("减少", StringComparison.Ordinal);
    }

    private static string Before(CheckSentence s, NumberToken n) => s.Text[Math.Max(0, n.Start - RoleWindow)..n.Start];

    /// <summary>The words between the previous number (or the sentence's start) and <paramref name="n"/>: where a row name would be.</summary>
    private static string Context(CheckSentence s, NumberToken n)
    {
        var previous = s.Numbers.LastOrDefault(x => x.Start < n.Start);
        var start = previous is null ? 0 : previous.Start + previous.Length;
        return TextForm.Normalise(s.Text[start..n.Start]);
    }

    /// <summary>A computed rate as <paramref name="printed"/> would print it: as many places, half away from zero.</summary>
    private static decimal Round(decimal value, NumberToken printed) => Math.Round(value, Decimals(printed), MidpointRounding.AwayFromZero);

    private static int Decimals(NumberToken n)
    {
        var point = n.Text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : n.Text.Length - point - 1;
    }

    private static string Format(decimal value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Format(decimal value, NumberToken printed) => value.ToString("0." + new string('0', Decimals(printed)), CultureInfo.InvariantCulture).TrimEnd('.');

    private static string Tables(TableLabels.Entry row) => string.Join("、", row.Tables);

    private static CheckFinding Finding(CheckSentence s, NumberToken n, string message, string? expected, TableLabels.Entry? row, CheckSeverity severity = CheckSeverity.Error) =>
        new(CheckKind.Inconsistent, severity, s.Place, message, s.Text, n.Start,
            n.Length + (n.Unit is NumberScanner.Percent or NumberScanner.Yuan or NumberScanner.TenThousandYuan ? n.Unit.Length : 0),
            n.Text + n.Unit, expected, row is null ? [] : [.. row.Tables.Select(t => $"{t} {row.Label}")], s.Page);
}
