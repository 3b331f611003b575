using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// The project's own input/…2023年度部门决算.xlsx, scanned alone as `build` would (last year from
/// its 上年数 sheet), gives a 2023-format document passing the same Word and HTML checks as 2024.
/// </summary>
public sealed class Format2023EndToEndTests : DocumentEndToEndChecks
{
    private static readonly Lazy<(UnitYear Unit, SampleReport Report)> Built = new(() =>
    {
        using var folder = new TempFolder();
        var source = Directory.GetFiles(Path.Combine(RepoPaths.Root, "input"), "乌鲁木齐市*2023年度部门决算.xlsx").Single();
        File.Copy(source, Path.Combine(folder.Path, Path.GetFileName(source)));
        var unit = UnitLoader.Load(InputScanner.Scan(folder.Path).Units.Single()).Unit!;
        return (unit, SampleReport.For(unit, RepoPaths.Templates));
    });

    private protected override SampleReport Sample => Built.Value.Report;
    private protected override string Title => "乌鲁木齐市工业和信息化局(本级)2023年度部门决算公开说明";
    private protected override int SelfEvaluations => Built.Value.Unit.Current.Projects.Count;
    private protected override (string Text, int Level) ThirdOfTen => ("（三）国有资产占用情况说明", 3);
    // 2023 order: 七 三公, 八 政府性基金, 九 国有资本经营 (report-format.md §1).
    private protected override string LastTable => "九、《国有资本经营预算财政拨款收入支出决算表》";

    [Fact]
    public void TheWorkbookTakesThe2023FormatFromItsYear()
    {
        Assert.Equal(2023, Built.Value.Unit.Current.Unit.Format.Year);
        Assert.Contains("templates/公开说明/2023/format.yaml", Built.Value.Unit.Current.Unit.Format.ShownFile, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsSevenToNineAndTheirTablesFollowThe2023Order()
    {
        var markdown = Sample.Rendered.Markdown;
        Assert.Contains("## 七、财政拨款“三公”经费支出决算情况说明 {#s2-7}", markdown, StringComparison.Ordinal);
        Assert.Contains("## 八、政府性基金预算财政拨款收入支出决算情况说明 {#s2-8}", markdown, StringComparison.Ordinal);
        Assert.Contains("## 九、国有资本经营预算财政拨款收入支出决算情况说明 {#s2-9}", markdown, StringComparison.Ordinal);
        Assert.Contains("### （一）机关运行经费支出情况 {#s2-10-1}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("机关运行经费及公用经费", markdown, StringComparison.Ordinal);
        // In document order: 三公 sentences before the 政府性基金 ones.
        Assert.True(markdown.IndexOf("年度财政拨款“三公”经费支出", StringComparison.Ordinal)
            < markdown.IndexOf("{#s2-8}", StringComparison.Ordinal));
        Assert.Equal("七、《财政拨款“三公”经费支出决算表》", Sample.Document.Contents!.Listed[^3].Text);
        Assert.Equal(("财政拨款“三公”经费支出决算表", "公开07表"), (Sample.Grids["T07"].Title, Sample.Grids["T07"].Code));
        Assert.Equal("公开08表", Sample.Grids["T08"].Code);
        Assert.Contains("政府性基金", Sample.Grids["T08"].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void NoGenerationFindingAndNoTemplateError()
    {
        Assert.DoesNotContain(Sample.Findings, f => f.RuleId.StartsWith("GEN", StringComparison.Ordinal));
        // 2023 prints thousands separators like 2024 (format.yaml numbers.thousands).
        Assert.Matches(@"⟦\d{1,3},\d{3}\.\d{2}\|", Sample.Rendered.Markdown);
    }
}
