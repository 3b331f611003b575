using JuneBudget.Model;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Validation;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Seed 003's rebuilt workbook (2021, last year from its 上年数 sheet) through every stage: a 2021-format
/// document passing the same Word and HTML checks as 2024 and 2023.
/// </summary>
public sealed class Format2021EndToEndTests : DocumentEndToEndChecks
{
    private static readonly Lazy<SampleReport> Built = new(() =>
    {
        var workbook = Seed003Workbook.Build();
        return SampleReport.For(new UnitYear(workbook, null, workbook.PriorYearSheet), Support.RepoPaths.Templates);
    });

    private protected override SampleReport Sample => Built.Value;
    private protected override string Title => "乌鲁木齐市政务服务管理局2021年度部门决算公开说明";
    private protected override int SelfEvaluations => 6;
    private protected override (string Text, int Level) ThirdOfTen => ("（三）国有资产占用情况说明", 3);
    private protected override string LastTable => "九、《国有资本经营预算财政拨款收入支出决算表》";
    // 2021: §五 without (一)(二)(三), no 十二: 20 headings and 9 tables.
    private protected override int ContentsCount => 29;
    private protected override string FirstPart => "第一部分 部门单位概况";
    private protected override int ThirdOfTenAt => 16;

    [Fact]
    public void SectionSevenAndItsTableAreThe2021Ones()
    {
        var markdown = Sample.Rendered.Markdown;
        Assert.Contains("## 七、一般公共预算财政拨款“三公”经费支出决算情况说明 {#s2-7}", markdown, StringComparison.Ordinal);
        Assert.Equal(("一般公共预算财政拨款“三公”经费支出决算表", "公开07表"), (Sample.Grids["T07"].Title, Sample.Grids["T07"].Code));
        Assert.Equal("七、《一般公共预算财政拨款“三公”经费支出决算表》", Sample.Document.Contents!.Listed[^3].Text);
        Assert.DoesNotContain(Sample.Findings, f => f.RuleId.StartsWith("GEN", StringComparison.Ordinal));
        // No thousands separators in 2021 (format.yaml numbers.thousands: false).
        Assert.DoesNotMatch(@"⟦\d{1,3},\d{3}", markdown);
    }
}
