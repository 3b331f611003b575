using System.Globalization;

namespace JuneBudget.Checking;

/// <summary>
/// Compares a draft with what the generator would write now (method: docs/check.md). Sections are
/// matched by heading text (else by their numbering), sentences within a section by skeleton
/// similarity (then, for what is left, across the whole document), numbers within a sentence by
/// order, unit and the words before them; every computed number must equal the workbook's, every
/// added number is checked where it can be, placeholders, deleted sentences and sections, the
/// title and the tables are reported.
/// </summary>
public static class DraftChecker
{
    /// <summary>Cells of one table reported one by one; beyond that, one finding says how many more differ.</summary>
    private const int MaxCellFindingsPerTable = 10;

    public static IReadOnlyList<CheckFinding> Check(ExpectedDraft expected, DraftView draft)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(draft);
        var findings = new List<CheckFinding>();
        var want = expected.View;
        CheckTitle(expected, draft, findings);

        var sectionMap = MapSections(want, draft);
        foreach (var missing in want.Sections.Where(s => s.Key.Length > 0 && !sectionMap.ContainsKey(s)))
        {
            findings.Add(new CheckFinding(CheckKind.MissingSection, CheckSeverity.Error, missing.Place,
                $"{missing.Place}：草稿中没有这一节（{Last(missing.Key)}）。", Last(missing.Key), -1, 0, null, null, []));
        }

        var pairs = new List<(CheckSentence Expected, CheckSentence Draft)>();
        foreach (var (wantSection, draftSection) in sectionMap)
        {
            pairs.AddRange(SentenceAligner.Align(
                [.. want.Sentences.Where(s => s.Section == wantSection)],
                [.. draft.Sentences.Where(s => s.Section == draftSection)]));
        }
        // What is left may have moved to another section.
        var pairedE = pairs.Select(p => p.Expected).ToHashSet();
        var pairedD = pairs.Select(p => p.Draft).ToHashSet();
        pairs.AddRange(SentenceAligner.Align([.. want.Sentences.Where(s => !pairedE.Contains(s))], [.. draft.Sentences.Where(s => !pairedD.Contains(s))]));
        pairedE = [.. pairs.Select(p => p.Expected)];
        pairedD = [.. pairs.Select(p => p.Draft)];

        foreach (var (e, d) in pairs.OrderBy(p => p.Draft.Index)) CheckPair(expected, e, d, findings);
        foreach (var d in draft.Sentences.Where(s => !pairedD.Contains(s)))
        {
            foreach (var added in d.Numbers) CheckAdded(expected, d, added, findings);
        }
        var deletedSections = want.Sections.Where(s => !sectionMap.ContainsKey(s)).ToHashSet();
        foreach (var e in want.Sentences.Where(s => !pairedE.Contains(s) && !deletedSections.Contains(s.Section)))
        {
            findings.Add(new CheckFinding(CheckKind.MissingSentence, CheckSeverity.Error, e.Place,
                $"{e.Place}：草稿中没有生成稿的这一句：{e.Text}", e.Text, -1, 0, null, null, [.. e.Numbers.SelectMany(n => expected.FullCellsOf(n.SourceId)).Distinct()]));
        }
        foreach (var d in draft.Sentences)
        {
            var at = d.Text.IndexOf("【待补充", StringComparison.Ordinal);
            if (at < 0) continue;
            var end = d.Text.IndexOf('】', at);
            var length = (end < 0 ? d.Text.Length : end + 1) - at;
            findings.Add(new CheckFinding(CheckKind.Placeholder, CheckSeverity.Error, d.Place,
                $"{d.Place}：仍有待补充的内容 {d.Text.Substring(at, length)}", d.Text, at, length, d.Text.Substring(at, length), null, [], d.Page));
        }
        CheckTables(want, draft, findings);
        return findings;
    }

    private static void CheckTitle(ExpectedDraft expected, DraftView draft, List<CheckFinding> findings)
    {
        var title = draft.Title ?? draft.Paragraphs.FirstOrDefault(p => p.Contains("部门决算公开说明", StringComparison.Ordinal));
        var wantTitle = expected.View.Title ?? "";
        if (title is not null && TextForm.Normalise(title) == TextForm.Normalise(wantTitle)) return;
        findings.Add(new CheckFinding(CheckKind.Identity, CheckSeverity.Error, "标题",
            $"标题：文中“{title ?? "（无标题）"}”，按工作簿应为“{wantTitle}”（单位名称和年度见封面）。", title ?? "", title is null ? -1 : 0, title?.Length ?? 0, title, wantTitle, []));
    }

    /// <summary>Expected section → draft section: same heading path, else same numbering (a reworded heading).</summary>
    private static Dictionary<DraftSection, DraftSection> MapSections(DraftView want, DraftView draft)
    {
        var map = new Dictionary<DraftSection, DraftSection>();
        var used = new HashSet<DraftSection>();
        map[want.Sections[0]] = draft.Sections[0];
        used.Add(draft.Sections[0]);
        foreach (var section in want.Sections.Skip(1))
        {
            var match = draft.Sections.FirstOrDefault(s => !used.Contains(s) && s.Key == section.Key)
                ?? draft.Sections.FirstOrDefault(s => !used.Contains(s) && s.Key.Length > 0 && s.Place == section.Place && Depth(s) == Depth(section));
            if (match is null) continue;
            map[section] = match;
            used.Add(match);
        }
        return map;
    }

    private static int Depth(DraftSection section) => section.Key.Count(c => c == '/');

    private static string Last(string key) => key[(key.LastIndexOf('/') + 1)..];

    private static void CheckPair(ExpectedDraft expected, CheckSentence e, CheckSentence d, List<CheckFinding> findings)
    {
        var numbers = NumberAligner.Align(e, d);
        foreach (var (want, got) in numbers)
        {
            if (want.Unit != got.Unit)
            {
                findings.Add(Marked(CheckKind.ChangedFixed, d, got, $"{d.Place}：文中 {got.Text}{got.Unit}，生成稿为 {want.Text}{want.Unit}（金额单位应为{want.Unit}）", want, expected.FullCellsOf(want.SourceId)));
            }
            else if (want.Value != got.Value)
            {
                if (want.SourceId is null)
                {
                    findings.Add(Marked(CheckKind.ChangedFixed, d, got, $"{d.Place}：文中 {got.Text}{got.Unit}，生成稿为 {want.Text}{want.Unit}（模板中的固定内容，如年度）", want, []));
                }
                else
                {
                    var cells = expected.CellsOf(want.SourceId);
                    findings.Add(Marked(CheckKind.WrongNumber, d, got,
                        $"{d.Place}：文中 {got.Text}{got.Unit}，按工作簿应为 {want.Text}{want.Unit}{(cells.Length > 0 ? $"（{cells}）" : "")}", want, expected.FullCellsOf(want.SourceId)));
                }
            }
        }
        var matchedE = numbers.Select(p => p.Expected).ToHashSet();
        var matchedD = numbers.Select(p => p.Draft).ToHashSet();
        foreach (var missing in e.Numbers.Where(n => n.SourceId is not null && !matchedE.Contains(n)))
        {
            findings.Add(new CheckFinding(CheckKind.MissingNumber, CheckSeverity.Error, d.Place,
                $"{d.Place}：生成稿此句的 {missing.Text}{missing.Unit} 在文中找不到（{expected.CellsOf(missing.SourceId)}）", d.Text, -1, 0, null, missing.Text + missing.Unit, expected.FullCellsOf(missing.SourceId), d.Page));
        }
        foreach (var added in d.Numbers.Where(n => !matchedD.Contains(n))) CheckAdded(expected, d, added, findings);
        var unitName = TextForm.Normalise(expected.UnitName);
        if (TextForm.Normalise(e.Text).Contains(unitName, StringComparison.Ordinal) && !TextForm.Normalise(d.Text).Contains(unitName, StringComparison.Ordinal))
        {
            findings.Add(new CheckFinding(CheckKind.Identity, CheckSeverity.Error, d.Place,
                $"{d.Place}：生成稿此句写有单位名称“{expected.UnitName}”，文中没有或写法不同", d.Text, -1, 0, null, expected.UnitName, []));
        }
    }

    /// <summary>
    /// A number the generator did not write: an amount must equal some amount of the document
    /// (text or tables); a percentage must equal a ratio, growth or variance of two amounts of
    /// its sentence; anything else, or a percentage with fewer than two amounts beside it, is for a person.
    /// </summary>
    private static void CheckAdded(ExpectedDraft expected, CheckSentence d, NumberToken added, List<CheckFinding> findings)
    {
        if (added.IsAmount)
        {
            if (expected.Amounts.Contains(added.InTenThousandYuan)) return;
            findings.Add(Marked(CheckKind.AddedNumberWrong, d, added, $"{d.Place}：新增的 {added.Text}{added.Unit} 不等于工作簿中的任何金额", null, []));
            return;
        }
        if (added.Unit == NumberScanner.Percent)
        {
            var amounts = d.Numbers.Where(n => n.IsAmount).Select(n => n.InTenThousandYuan).ToList();
            if (amounts.Count >= 2)
            {
                if (Ratios(amounts).Contains(Math.Abs(added.Value))) return;
                findings.Add(Marked(CheckKind.AddedNumberWrong, d, added, $"{d.Place}：新增的 {added.Text}% 不等于本句任何两个金额之比、增减率或差异率", null, []));
                return;
            }
        }
        if (added.Unit == "年" || (added.Unit.Length == 0 && added.Value == expected.Year)) return;
        findings.Add(Marked(CheckKind.AddedNumberUnchecked, d, added, $"{d.Place}：新增的 {added.Text}{added.Unit} 无法按工作簿核对，请人工核对", null, [], CheckSeverity.Review));
    }

    /// <summary>Every share, growth or decline rate and variance rate two amounts of a sentence can give, as a
    /// percentage rounded to 2 places, unsigned (the sign is the sentence's 增长/下降 word).</summary>
    private static HashSet<decimal> Ratios(IReadOnlyList<decimal> amounts)
    {
        var ratios = new HashSet<decimal>();
        void Add(decimal part, decimal whole)
        {
            if (whole != 0) ratios.Add(Math.Abs(Math.Round(part / whole * 100, 2, MidpointRounding.AwayFromZero)));
        }
        for (var i = 0; i < amounts.Count; i++)
        {
            for (var j = 0; j < amounts.Count; j++)
            {
                if (i == j) continue;
                var (a, b) = (amounts[i], amounts[j]);
                Add(a, b);          // a share of b
                Add(a, b - a);      // a change a up to b: growth over last year's b − a
                Add(a, b + a);      // a change a down to b: decline over last year's b + a
                Add(a - b, b);      // actual a against budget b: the variance rate
            }
        }
        return ratios;
    }

    private static CheckFinding Marked(CheckKind kind, CheckSentence d, NumberToken got, string message, NumberToken? want, IReadOnlyList<string> cells, CheckSeverity severity = CheckSeverity.Error) =>
        new(kind, severity, d.Place, message, d.Text, got.Start, got.Length + (got.Unit is NumberScanner.Percent or NumberScanner.Yuan or NumberScanner.TenThousandYuan ? got.Unit.Length : 0),
            got.Text + got.Unit, want is null ? null : want.Text + want.Unit, cells, d.Page);

    private static void CheckTables(DraftView want, DraftView draft, List<CheckFinding> findings)
    {
        var used = new HashSet<CheckTable>();
        for (var t = 0; t < want.Tables.Count; t++)
        {
            var table = want.Tables[t];
            var match = draft.Tables.FirstOrDefault(d => !used.Contains(d) && d.Name == table.Name && Header(d) == Header(table))
                ?? draft.Tables.FirstOrDefault(d => !used.Contains(d) && d.Name == table.Name)
                ?? (t < draft.Tables.Count && !used.Contains(draft.Tables[t]) && draft.Tables[t].Rows.Count == table.Rows.Count ? draft.Tables[t] : null);
            // A 自评表 a hand-written document gives as text (DraftView.Forms) is there when its 项目名称 is: its cells run
            // together with its labels and are not compared one by one.
            if (match is null && ProjectName(table) is { } project && draft.Forms.Contains(project, StringComparison.Ordinal)) continue;
            if (match is null)
            {
                var name = ProjectName(table) is { } named ? $"{table.Name}（{named}）" : table.Name;
                findings.Add(new CheckFinding(CheckKind.Table, CheckSeverity.Error, name, $"{name}：草稿中没有这张表。", name, -1, 0, null, null, []));
                continue;
            }
            used.Add(match);
            CompareTable(table, match, findings);
        }
    }

    /// <summary>A 自评表's 项目名称 (its first row: 项目名称 | name), normalised; null for other tables.</summary>
    private static string? ProjectName(CheckTable table) =>
        table.Rows.Count > 0 && table.Rows[0].Count > 1 && TextForm.Normalise(table.Rows[0][0]) == "项目名称" && table.Rows[0][1].Length > 0
            ? TextForm.Normalise(table.Rows[0][1]) : null;

    private static string Header(CheckTable table) => TextForm.Normalise(string.Join("|", table.Rows.Take(1).SelectMany(r => r)));

    private static void CompareTable(CheckTable want, CheckTable got, List<CheckFinding> findings)
    {
        foreach (var caption in want.Captions.Where(c => c.Contains(NumberScanner.TenThousandYuan, StringComparison.Ordinal)))
        {
            if (got.Captions.Any(c => c.Contains(NumberScanner.TenThousandYuan, StringComparison.Ordinal))) continue;
            findings.Add(new CheckFinding(CheckKind.ChangedFixed, CheckSeverity.Error, want.Name,
                $"{want.Name}：表头的金额单位应为万元（生成稿：{caption}）", string.Join(" ", got.Captions), -1, 0, string.Join(" ", got.Captions), caption, [], got.Page));
        }
        var differences = 0;
        var rows = Math.Max(want.Rows.Count, got.Rows.Count);
        for (var r = 0; r < rows; r++)
        {
            var wantRow = r < want.Rows.Count ? want.Rows[r] : [];
            var gotRow = r < got.Rows.Count ? got.Rows[r] : [];
            var label = wantRow.FirstOrDefault(c => c.Length > 0) ?? gotRow.FirstOrDefault(c => c.Length > 0) ?? "";
            for (var c = 0; c < Math.Max(wantRow.Count, gotRow.Count); c++)
            {
                var a = c < wantRow.Count ? wantRow[c] : "";
                var b = c < gotRow.Count ? gotRow[c] : "";
                if (TextForm.Normalise(a) == TextForm.Normalise(b)) continue;
                if (++differences > MaxCellFindingsPerTable) continue;
                var place = string.Create(CultureInfo.InvariantCulture, $"{want.Name} 第 {r + 1} 行第 {c + 1} 列");
                findings.Add(new CheckFinding(CheckKind.Table, CheckSeverity.Error, place,
                    $"{place}（{label}）：文中“{b}”，按工作簿应为“{a}”", b, b.Length > 0 ? 0 : -1, b.Length, b, a, [], got.Page));
            }
        }
        if (differences > MaxCellFindingsPerTable)
        {
            findings.Add(new CheckFinding(CheckKind.Table, CheckSeverity.Error, want.Name,
                $"{want.Name}：另有 {differences - MaxCellFindingsPerTable} 个单元格与工作簿不同", "", -1, 0, null, null, [], got.Page));
        }
    }
}
