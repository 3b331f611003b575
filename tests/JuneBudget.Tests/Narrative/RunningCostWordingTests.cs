using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Narrative;

/// <summary>
/// 第二部分 十(一) by 单位性质: 行政/参公 units state 机关运行经费, a 事业单位 its 日常公用经费 (seed 002),
/// 企业 and 其他 their own words; a 部门 whose 决算单位构成 gives each unit's running cost reports each.
/// </summary>
public sealed class RunningCostWordingTests
{
    private static string Section(UnitYear unit)
    {
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(unit), RepoPaths.Templates).Markdown;
        var start = markdown.IndexOf("{#s2-10-1}", StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf("{#s2-10-2}", start, StringComparison.Ordinal)];
    }

    /// <summary>The section's text: sourced numbers as printed, line breaks dropped.</summary>
    private static string Plain(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(markdown, @"⟦([^|⟧]*)\|[^⟧]+⟧", "$1").Replace("\n", "", StringComparison.Ordinal);

    private static UnitYear WithNature(string nature)
    {
        var unit = Seed004.UnitYear;
        return unit with { Current = unit.Current with { Unit = unit.Current.Unit with { Nature = nature } } };
    }

    [Theory]
    [InlineData("行政单位", "（行政单位和参照公务员法管理事业单位）机关运行经费支出")]
    [InlineData("参照公务员法管理事业单位", "（行政单位和参照公务员法管理事业单位）机关运行经费支出")]
    [InlineData("事业单位", "（事业单位）日常公用经费支出")]
    [InlineData("企业", "（企业）日常运行费用支出")]
    [InlineData("其他", "（其他单位）日常运行经费支出")]
    public void EachNatureHasItsOwnWording(string nature, string expected)
    {
        var text = Plain(Section(WithNature(nature)));
        Assert.Contains("乌鲁木齐市工业和信息化局(本级)" + expected + "131.18万元", text, StringComparison.Ordinal);
        // 机关运行经费 belongs to 行政/参公 units only: no other nature is worded with it.
        if (!expected.Contains("机关运行经费", StringComparison.Ordinal))
            Assert.DoesNotContain("）机关运行经费", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Seed 002's 部门 (2021): 本级 (行政单位) 130.55 万元, up 38.63; 节能监察中心 (事业单位) 11.69, down 4.33;
    /// 中小企业服务中心 (事业单位) 11.78, down 3.73. The seed divides two of the three rates by this year
    /// instead of last (29.59% = 38.63 ÷ 130.55, 37.04% = 4.33 ÷ 11.69); the correct rates against last
    /// year are 42.03% (38.63 ÷ 91.92) and 27.03% (4.33 ÷ 16.02), and those are asserted. The third
    /// (24.05% = 3.73 ÷ 15.51) is right and matches.
    /// </summary>
    [Fact]
    public void ADepartmentReportsEachUnitsRunningCost()
    {
        var unit = Department();
        var text = Plain(Section(unit));
        Assert.Contains("2024年度乌鲁木齐市工业和信息化局(本级)（行政单位）机关运行经费支出130.55万元，比上年增加38.63万元，增长42.03%，主要原因是：劳务费增加导致机关运行经费增加。", text, StringComparison.Ordinal);
        Assert.Contains("乌鲁木齐市节能监察中心（事业单位）日常公用经费支出11.69万元，比上年减少4.33万元，下降27.03%，主要原因是：严格管理控制降低支出。", text, StringComparison.Ordinal);
        Assert.Contains("乌鲁木齐市中小企业服务中心（事业单位）日常公用经费支出11.78万元，比上年减少3.73万元，下降24.05%，主要原因是：【待补充：主要原因（键：机关运行经费.3.上年）】。", text, StringComparison.Ordinal);
        // The 部门 total sentence is not printed when each unit is.
        Assert.DoesNotContain("131.18", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMemberRunningCostsAndTheirReasonKeysRoundTripThroughTheWorkbook()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "部门.xlsx");
        WorkbookWriter.Write(Department().Current, path);

        var read = WorkbookReader.Read(path);
        Assert.DoesNotContain(read.Findings, f => f.RuleId is "READ-14" or "READ-18");
        var members = read.Workbook!.Profile.MemberUnits;
        Assert.Equal([130.55m, 11.69m, 11.78m], members.Select(m => m.RunningCost!.Value));
        Assert.Equal([91.92m, 16.02m, 15.51m], members.Select(m => m.RunningCostPrior!.Value));
        Assert.Equal("严格管理控制降低支出", read.Workbook.Reasons.Find(ReasonKeys.MemberRunningCost(2))!.Value);
    }

    private static UnitYear Department()
    {
        var unit = Seed004.UnitYear;
        var wb = unit.Current;
        var file = wb.FileName;
        MemberUnit Member(int n, string name, string nature, decimal cost, decimal prior) =>
            new(n, name, nature, new SourceRef(file, SheetNames.决算单位构成, $"B{3 + n}"),
                new Amount(cost, new SourceRef(file, SheetNames.决算单位构成, $"D{3 + n}")),
                new Amount(prior, new SourceRef(file, SheetNames.决算单位构成, $"E{3 + n}")));
        var members = new[]
        {
            Member(1, wb.Unit.Name, "行政单位", 130.55m, 91.92m),
            Member(2, "乌鲁木齐市节能监察中心", "事业单位", 11.69m, 16.02m),
            Member(3, "乌鲁木齐市中小企业服务中心", "事业单位", 11.78m, 15.51m),
        };
        var reasons = wb.Reasons.ByKey.ToDictionary(r => r.Key, r => r.Value);
        reasons[ReasonKeys.MemberRunningCost(1)] = new TextValue("劳务费增加导致机关运行经费增加", null);
        reasons[ReasonKeys.MemberRunningCost(2)] = new TextValue("严格管理控制降低支出", null);
        var current = wb with
        {
            Unit = wb.Unit with { HasSubordinateUnits = true },
            Profile = wb.Profile with { MemberUnits = members },
            Reasons = new ReasonBook(reasons),
        };
        return unit with { Current = current };
    }
}
