using System.Text.Json;
using AngleSharp.Html.Parser;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;
using JuneBudget.Validation.Reports;
using static JuneBudget.Tests.Validation.TableEdit;
using C = JuneBudget.Format.ColumnKeys;
using K = JuneBudget.Model.TableKind;

namespace JuneBudget.Tests.Validation;

/// <summary>Root cause first: one wrong cell that breaks several identities is one group, led by that cell.</summary>
public sealed class FindingGroupsTests
{
    /// <summary>
    /// One 项 of 公开05表 with its 基本支出 10 万元 too high: its row (合计 = 基本 + 项目), its 款 (款 = Σ项)
    /// and 公开03表 (05 基本 ≤ 03 基本) no longer hold — three findings, one cause.
    /// </summary>
    private static readonly (BudgetWorkbook Edited, SourceRef Cell) OneWrongCell = Edit();

    private static (BudgetWorkbook, SourceRef) Edit()
    {
        var item = SampleUnit.Y2024.Tables.GeneralBudget.CodedRows.First(r => r.Level == 3 && r[C.基本支出].Value > 0);
        return Add(K.GeneralBudget, item.Key, C.基本支出, 10m);
    }

    /// <summary>The edited cell's value before the edit: what the group should say it should be.</summary>
    private static decimal Original =>
        SampleUnit.Y2024.Tables.GeneralBudget.CodedRows.First(r => r.Level == 3 && r[C.基本支出].Value > 0)[C.基本支出].Value;

    private static IReadOnlyList<Finding> Findings => SampleUnit.Validate(OneWrongCell.Edited);

    [Fact]
    public void OneWrongCellBreakingThreeIdentitiesIsOneGroupLedByThatCell()
    {
        var findings = Findings;
        var cell = OneWrongCell.Cell;
        var naming = findings.Where(f => f.Cells.Contains(cell) && f.Severity == Severity.Error).ToList();
        Assert.True(naming.Count >= 3, string.Join(" | ", findings.Select(f => f.RuleId + " " + f.Message)));

        var groups = FindingGroups.Of(findings);
        var first = groups[0];
        Assert.Equal(cell, first.Lead);
        Assert.Equal($"{cell.Sheet} {cell.Cell}", first.LeadName);
        Assert.All(naming, f => Assert.Contains(f, first.Findings));
        Assert.All(first.Findings, f => Assert.Contains(cell, f.Cells));
        Assert.Single(groups, g => g.Findings.Any(f => f.Severity == Severity.Error));
        // Both broken sums (its row, its 款) agree on what the cell should be: its value before the edit.
        Assert.Equal(Original, first.Suggested);
        // Every finding is kept, in exactly one group.
        Assert.Equal(findings.Count, groups.Sum(g => g.Findings.Count));
    }

    [Fact]
    public void RoundingNotesAndSingleFindingsStandAlone()
    {
        var groups = FindingGroups.Of(Findings);
        Assert.All(groups.Where(g => g.Findings.Any(f => f.Severity == Severity.RoundingNote)), g => Assert.Null(g.Lead));
        Assert.All(groups.Where(g => g.Lead is null), g => Assert.Single(g.Findings));
    }

    [Fact]
    public void TheFindingsPageLeadsWithTheWrongCell()
    {
        var cell = OneWrongCell.Cell;
        var findings = Findings;
        var html = FindingsPage.Render(RepoTemplates.Pages, "甲局", 2024, findings);
        var document = new HtmlParser().ParseDocument(html);
        var bodies = document.QuerySelectorAll("table.findings tbody");
        var lead = bodies[0].QuerySelector("tr.group-lead th")!;
        var size = FindingGroups.Of(findings)[0].Findings.Count;
        Assert.Equal($"{cell.Sheet} {cell.Cell} 可能有误：以下 {size} 项校验均涉及该单元格；若其余各数无误，该单元格应为 {Original:N2}", lead.TextContent);
        Assert.Equal(cell.ToString(), lead.GetAttribute("title"));
        Assert.Equal(size, bodies[0].QuerySelectorAll("tr[data-severity]").Length);
        // Every finding is still on the page.
        Assert.Equal(findings.Count, document.QuerySelectorAll("table.findings tr[data-severity]").Length);
    }

    [Fact]
    public void TheJsonKeepsEveryFindingWithItsGroup()
    {
        var findings = Findings;
        var text = new FindingsJsonWriter().Render(new FindingsReport("甲局", 2024, "甲.xlsx", findings));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(findings.Count, root.GetProperty("findings").GetArrayLength());
        var group = root.GetProperty("groups")[0];
        Assert.Equal(1, group.GetProperty("group").GetInt32());
        Assert.Equal(OneWrongCell.Cell.Cell, group.GetProperty("lead").GetProperty("cell").GetString());
        Assert.Equal(Original, group.GetProperty("suggested").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("groups")[1].GetProperty("suggested").ValueKind);
        var inFirst = root.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("group").GetInt32() == 1);
        Assert.Equal(group.GetProperty("findings").GetInt32(), inFirst);
    }

    [Fact]
    public void TheCellExplainingMostFindingsLeadsEvenWhenAnotherCellIsSharedToo()
    {
        // A is in three findings, B in two (one of them also A's): A explains three alone; B then explains one.
        SourceRef Cell(string a1) => new("甲.xlsx", "公开05表", a1);
        Finding Error(params string[] cells) => new("T05-1", Severity.Error, string.Join("+", cells), [.. cells.Select(Cell)]);
        var findings = new[] { Error("B1", "A1"), Error("A1", "C1"), Error("A1", "D1"), Error("B1", "E1") };
        var groups = FindingGroups.Of(findings);
        Assert.Equal(Cell("A1"), groups[0].Lead);
        Assert.Equal([findings[0], findings[1], findings[2]], groups[0].Findings);
        Assert.Null(groups[1].Lead);
        Assert.Equal([findings[3]], groups[1].Findings);
        Assert.Null(groups[0].Suggested);   // these findings carry no fixes
    }

    [Fact]
    public void NoValueIsSuggestedWhenTheSumsDisagreeOnIt()
    {
        SourceRef Cell(string a1) => new("甲.xlsx", "公开05表", a1);
        Finding Error(string other, decimal fix) =>
            new("T05-1", Severity.Error, other, [Cell("A1"), Cell(other)], Fixes: new Dictionary<SourceRef, decimal> { [Cell("A1")] = fix });
        Assert.Equal(5m, FindingGroups.Of([Error("B1", 5m), Error("C1", 5.001m)])[0].Suggested);
        Assert.Null(FindingGroups.Of([Error("B1", 5m), Error("C1", 6m)])[0].Suggested);
    }

    [Fact]
    public void AGroupOfWarningsOnlyAsksForACheckRatherThanSayingTheCellIsWrong()
    {
        // The clean sample: Y-01 and both W-02 name 公开01表 年初结转和结余 (0.00 with money carried over).
        var html = FindingsPage.Render(RepoTemplates.Pages, "甲局", 2024, SampleUnit.Validate(SampleUnit.Y2024));
        var leads = new HtmlParser().ParseDocument(html).QuerySelectorAll("tr.group-lead th").Select(t => t.TextContent).ToList();
        var cell = SampleUnit.CellOf(SampleUnit.Y2024, K.IncomeExpenditureSummary, JuneBudget.Format.RowKeys.年初结转和结余, C.决算数);
        Assert.Equal([$"{cell.Sheet} {cell.Cell} 请先核对：以下 3 项校验均涉及该单元格"], leads);
    }
}
