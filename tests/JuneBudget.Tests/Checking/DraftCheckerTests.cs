using JuneBudget.Checking;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// A generated draft edited as a reviewer would, checked against the sample workbook: each edit
/// gives exactly its findings; the unedited and the reworded-but-correct drafts give none.
/// </summary>
public sealed class DraftCheckerTests
{
    [Fact]
    public void TheGeneratedDraftPasses() => Assert.Empty(CheckedSample.Check(CheckedSample.Expected.Docx));


    [Fact]
    public void EveryComputedNumberOfTheExpectedTextKnowsItsCells()
    {
        var sourced = CheckedSample.Expected.View.Sentences.SelectMany(s => s.Numbers).Count(n => n.SourceId is not null);
        var marks = CheckedSample.ExpectedMarkdown.Count(c => c == '⟦');
        Assert.Equal(marks, sourced);
    }
}

public sealed class DraftEditTests
{
    private static IReadOnlyList<CheckFinding> Check(DraftEdits draft) => CheckedSample.Check(draft.Bytes());

    private static DraftEdits Draft() => CheckedSample.Draft();

    private static string Show(IEnumerable<CheckFinding> findings) => string.Join("\n", findings.Select(f => $"{f.Kind} {f.Severity} {f.Message}"));

    [Fact]
    public void AChangedNumberIsReportedWithTheWorkbooksValueAndCells()
    {
        var findings = Check(Draft().Replace("增长0.55%", "增长24.33%"));
        var finding = Assert.Single(findings, f => true);
        Assert.Equal(CheckKind.WrongNumber, finding.Kind);
        Assert.Equal("第二部分 五（三）第 4 项", finding.Place);
        Assert.Equal("24.33%", finding.DraftValue);
        Assert.Equal("0.55%", finding.ExpectedValue);
        Assert.Equal("24.33%", finding.Sentence.Substring(finding.MarkStart, finding.MarkLength));
        Assert.NotEmpty(finding.Cells);
        // The rate is this year's change over last year's figure: both years' cells are named.
        Assert.Equal("第二部分 五（三）第 4 项：文中 24.33%，按工作簿应为 0.55%（公开05表 C16、上年公开05表 C14）", finding.Message);
    }

    [Fact]
    public void ARewordedSentenceWithItsNumbersPasses()
    {
        var findings = Check(Draft().Replace(
            "2024年度收入总计7,138.31万元，其中：本年收入合计7,138.31万元，使用非财政拨款结余（含专用结余）0.00万元，年初结转和结余0.00万元。",
            "本单位2024年度的收入总计为7,138.31万元，包括本年收入合计7,138.31万元、使用非财政拨款结余（含专用结余）0.00万元和年初结转和结余0.00万元。"));
        Assert.True(findings.Count == 0, Show(findings));
    }

    [Fact]
    public void SwappedParagraphsPass()
    {
        var findings = Check(Draft()
            .Swap("1.科学技术支出（类）技术研究与开发（款）科技成果转化与扩散（项）", "2.科学技术支出（类）技术研究与开发（款）其他技术研究与开发支出（项）")
            .Swap("2024年度收入总计", "2024年度支出总计"));
        Assert.True(findings.Count == 0, Show(findings));
    }

    [Fact]
    public void ADeletedSentenceIsReported()
    {
        var findings = Check(Draft().Replace("财政拨款支出总计7,138.31万元，其中：年末财政拨款结转和结余0.00万元，本年财政拨款支出7,138.31万元。", ""));
        var finding = Assert.Single(findings, f => true);
        Assert.Equal(CheckKind.MissingSentence, finding.Kind);
        Assert.Equal("第二部分 四第 1 段第 2 句", finding.Place);
    }

    [Fact]
    public void APlaceholderLeftIsReported()
    {
        var findings = Check(Draft().Replace("本年乌鲁木齐市政务云服务项目资金较上年减少", "【待补充：主要原因（键：项目:2060404）】"));
        var finding = Assert.Single(findings, f => true);
        Assert.Equal(CheckKind.Placeholder, finding.Kind);
        Assert.Equal("【待补充：主要原因（键：项目:2060404）】", finding.DraftValue);
    }

    [Fact]
    public void AnAddedSentenceWithAWrongRateIsReportedAndARightOneIsNot()
    {
        // 16.33 ÷ 17.92 = 91.13%: 90.00% is no ratio of the sentence's amounts.
        var wrong = Check(Draft().AddParagraphAfter("与全年预算相比，财政拨款“三公”经费支出全年预算数", "“三公”经费支出17.92万元中，公务用车运行维护费16.33万元，占90.00%。"));
        var finding = Assert.Single(wrong, f => true);
        Assert.Equal(CheckKind.AddedNumberWrong, finding.Kind);
        Assert.Equal("90.00%", finding.DraftValue);
        var right = Check(Draft().AddParagraphAfter("与全年预算相比，财政拨款“三公”经费支出全年预算数", "“三公”经费支出17.92万元中，公务用车运行维护费16.33万元，占91.13%。"));
        Assert.True(right.Count == 0, Show(right));
    }

    [Fact]
    public void AnAddedAmountThatIsNoWorkbookFigureIsReported()
    {
        var findings = Check(Draft().AddParagraphAfter("公用经费131.18万元", "其中办公费12.34万元。"));
        var finding = Assert.Single(findings, f => true);
        Assert.Equal(CheckKind.AddedNumberWrong, finding.Kind);
    }

    [Fact]
    public void YuanForWanYuanAndAnotherYearAreReported()
    {
        var findings = Check(Draft().Replace("本年支出7,138.31万元", "本年支出7,138.31元").Replace("2024年度收入总计", "2023年度收入总计"));
        Assert.Equal([CheckKind.ChangedFixed, CheckKind.ChangedFixed], findings.Select(f => f.Kind).Order());
        Assert.Contains(findings, f => f.DraftValue == "2023年" && f.ExpectedValue == "2024年");
        Assert.Contains(findings, f => f.DraftValue == "7,138.31元" && f.ExpectedValue == "7,138.31万元");
    }

    [Fact]
    public void AChangedTitleAndAChangedTableCellAreReported()
    {
        var findings = Check(Draft()
            .Replace("乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明", "乌鲁木齐市工业和信息化局(本级)2023年度部门决算公开说明")
            .ReplaceCell(15, "7,138.31", "7,183.31"));
        Assert.Equal([CheckKind.Identity, CheckKind.Table], findings.Select(f => f.Kind).Order());
        var cell = Assert.Single(findings, f => f.Kind == CheckKind.Table);
        Assert.Equal("7,183.31", cell.DraftValue);
        Assert.Equal("7,138.31", cell.ExpectedValue);
        Assert.StartsWith("公开01表 第", cell.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeletedSectionIsOneFinding()
    {
        var findings = Check(Draft().Replace("（二）政府采购情况", "")
            .Replace("2024年度政府采购支出总额10,536.33万元，其中：政府采购货物支出9.25万元、政府采购工程支出0.00万元、政府采购服务支出10,527.08万元。", "")
            .Replace("授予中小企业合同金额10,510.81万元，占政府采购支出总额的99.76%，其中：授予小微企业合同金额10,335.81万元，占政府采购支出总额的98.10%。", ""));
        var finding = Assert.Single(findings, f => true);
        Assert.Equal(CheckKind.MissingSection, finding.Kind);
        Assert.Equal("第二部分 十（二）", finding.Place);
    }
}
