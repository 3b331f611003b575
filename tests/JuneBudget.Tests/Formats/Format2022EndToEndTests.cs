using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Support;
using JuneBudget.Tests.Validation;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Seed 000's workbook (Seed000Workbook) written as an .xlsx and scanned alone as `build` would (last
/// year from its 上年数 sheet): a 2022-format document passing the same Word and HTML checks as 2024 and 2023.
/// </summary>
public sealed class Format2022EndToEndTests : DocumentEndToEndChecks
{
    private static readonly Lazy<(UnitYear Unit, IReadOnlyList<Finding> ReadFindings, SampleReport Report)> Built = new(() =>
    {
        using var folder = new TempFolder();
        var workbook = Seed000Workbook.Build();
        WorkbookWriter.Write(workbook, Path.Combine(folder.Path, workbook.FileName));
        var loaded = UnitLoader.Load(InputScanner.Scan(folder.Path).Units.Single());
        return (loaded.Unit!, loaded.Findings, SampleReport.For(loaded.Unit!, RepoPaths.Templates));
    });

    private protected override SampleReport Sample => Built.Value.Report;
    private protected override string Title => "乌鲁木齐市招商服务局2022年度部门决算公开说明";
    private protected override int SelfEvaluations => 0;
    private protected override (string Text, int Level) ThirdOfTen => ("（三）国有资产占用情况说明", 3);
    // 2022 order: 七 三公, 八 政府性基金, 九 国有资本经营 (report-format.md §1).
    private protected override string LastTable => "九、《国有资本经营预算财政拨款收入支出决算表》";
    // 23 headings (no 十二、其他需说明的事项) and the nine tables.
    private protected override int ContentsCount => 32;

    [Fact]
    public void TheWorkbookReadsBackInThe2022FormatWithoutReadingFindings()
    {
        Assert.Equal(2022, Built.Value.Unit.Current.Unit.Format.Year);
        Assert.Empty(Built.Value.ReadFindings);
        Assert.StartsWith(JuneBudget.Format.SheetNames.上年数, Built.Value.Unit.Prior?.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void TheXlsxGivesTheSameTextAsTheWorkbookModelTheSentenceTestReads()
    {
        var direct = SentenceText.RenderAlone(Seed000Workbook.Build());
        Assert.Equal(SentenceText.Normalise(SentenceText.MarkdownBody(direct)), SentenceText.Normalise(SentenceText.MarkdownBody(Sample.Rendered.Markdown)));
    }

    [Fact]
    public void The2022WordingReachesTheDocument()
    {
        var markdown = Sample.Rendered.Markdown;
        Assert.Contains("## 七、财政拨款“三公”经费支出决算情况说明 {#s2-7}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(Sample.Findings, f => f.RuleId.StartsWith("GEN", StringComparison.Ordinal));
        var text = SentenceText.Normalise(SentenceText.MarkdownBody(markdown));
        Assert.Contains(SentenceText.Normalise("财政拨款支出总计年初预算数749.96万元，决算数802.68万元，预决算差异率7.03%"), text, StringComparison.Ordinal);
        Assert.Contains(SentenceText.Normalise("截至2022年12月31日，固定资产原值352.20万元，"), text, StringComparison.Ordinal);
        // No thousands separators in 2022, in the narrative and in the grids.
        Assert.DoesNotMatch(@"⟦\d{1,3},\d{3}", markdown);
    }
}
