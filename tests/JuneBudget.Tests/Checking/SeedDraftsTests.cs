using JuneBudget.Checking;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// Seeds 000 (2022) and 003 (2021), the departments' own texts put into a .docx, checked against the workbooks rebuilt
/// from them (Seed000Workbook, Seed003Workbook): the seeds' known errors are found where the workbook reading
/// chose the consistent figure. The workbooks leave out what the seeds do not state (内设机构 lists, 自评表, the
/// seeds' tables), so those show up too; the counts per kind pin the whole list (the report lists every finding).
/// </summary>
public sealed class SeedDraftsTests
{
    private static IReadOnlyList<CheckFinding> Check(BudgetWorkbook workbook, string seed)
    {
        var expected = ExpectedDraft.Build(new UnitYear(workbook, null, workbook.PriorYearSheet), RepoPaths.Templates, RepoTemplates.Pages);
        using var stream = new MemoryStream(SeedDocx.From(RepoPaths.SeedText(seed)));
        return DraftChecker.Check(expected, DraftView.Build(DocxDraftReader.Read(stream)));
    }

    private static Dictionary<CheckKind, int> Counts(IReadOnlyList<CheckFinding> findings) =>
        findings.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Seed000s2022TextAgainstItsWorkbook()
    {
        var findings = Check(Seed000Workbook.Build(), "000_ce03b87850265668.txt");
        var messages = findings.Select(f => f.Message).ToList();
        // §一's growth rate is 收入总计's copied: 133.64 ÷ 669.04 = 19.97%.
        Assert.Contains("第二部分 一第 2 段第 2 句：文中 19.94%，按工作簿应为 19.97%（公开01表 Y118、上年数 D5）", messages);
        // §四 prints §五(二)'s 一般公共服务支出 figure for 本年财政拨款支出.
        Assert.Contains("第二部分 四第 2 段：文中 669.48万元，按工作簿应为 735.91万元（公开04表 Y114）", messages);
        // §五's share divides by 公开03表's 736.16; the generator by 01's 735.91.
        Assert.Contains("第二部分 五（一）第 1 段：文中 99.97%，按工作簿应为 100.00%（公开05表 C7、公开01表 Y118）", messages);
        Assert.Equal(new Dictionary<CheckKind, int>
        {
            [CheckKind.Identity] = 2, [CheckKind.MissingNumber] = 3, [CheckKind.WrongNumber] = 5, [CheckKind.ChangedFixed] = 6,
            [CheckKind.MissingSentence] = 1, [CheckKind.AddedNumberUnchecked] = 7, [CheckKind.Table] = 10,
        }, Counts(findings));
    }

    [Fact]
    public void Seed003s2021TextAgainstItsWorkbook()
    {
        var findings = Check(Seed003Workbook.Build(), "003_bc8294e210d61887.txt");
        var messages = findings.Select(f => f.Message).ToList();
        // 元 written for 万元.
        Assert.Contains("第二部分 十（一）第 1 段：文中 127.89元，生成稿为 127.89万元（金额单位应为万元）", messages);
        // Decline rates printed without their sign where the generator's 2021 sentence prints it signed.
        Assert.Contains("第二部分 七第 5 段第 1 句：文中 11.61%，按工作簿应为 -11.61%（公开07表 Y102）", messages);
        Assert.Equal(new Dictionary<CheckKind, int>
        {
            [CheckKind.Identity] = 1, [CheckKind.MissingNumber] = 10, [CheckKind.WrongNumber] = 13, [CheckKind.ChangedFixed] = 1,
            [CheckKind.MissingSentence] = 7, [CheckKind.AddedNumberUnchecked] = 25, [CheckKind.AddedNumberWrong] = 6, [CheckKind.Table] = 10,
        }, Counts(findings));
    }
}
