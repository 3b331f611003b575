using JuneBudget.Model;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Texts an attacker or a careless paste puts into a workbook: every kind of syntax Markdown,
/// Markdig's extensions, HTML, Scriban and our own markers (⟦…⟧, 【待补充…】) give meaning to.
/// <see cref="Everywhere"/> puts one of them into every person-written text field of a workbook.
/// </summary>
internal static class HostileText
{
    public static readonly IReadOnlyList<string> All =
    [
        "市财政局{autofocus tabindex=1 onfocus=document.title=666//}",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "</td><td onclick=alert(1)>",
        "[点我](javascript:alert(1))",
        "![图](http://evil.example/x.png)",
        "<http://evil.example> <mailto:a@b.c>",
        "# 标题 {#toc}",
        "段落{.cls #title onclick=alert(1)}",
        "*强调* _下划线_ **粗** ~~删~~ `代码`",
        "| a | b |\n|---|---|\n| c | d |",
        "\\newpage",
        "行尾反斜杠\\",
        "1. 列表",
        "- 列表",
        "> 引用",
        "===",
        "```jb-grid T01\n```",
        "⟦9,999.99|s1⟧",
        "【待补充：主要原因（键：收支总体.上年）】",
        "{{ unit_name }}{% raw %}{{~ x ~}}",
        "&lt;b&gt; &#60;i&#62; &amp; &copy;",
        "    缩进四格",
    ];

    /// <summary>What a reader sees of <paramref name="text"/>: md_escape joins its lines with a space.</summary>
    public static string Visible(string text) =>
        string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));

    /// <summary>The workbook with <paramref name="text"/> in every text field a person fills in.</summary>
    public static BudgetWorkbook Everywhere(BudgetWorkbook workbook, string text)
    {
        TextValue T(TextValue value) => value with { Value = text };
        var reasons = workbook.Reasons.ByKey.ToDictionary(e => e.Key, e => T(e.Value));
        var tables = workbook.Tables.ByKind.ToDictionary(t => t.Key, t => t.Value with
        {
            Rows = [.. t.Value.Rows.Select(r => r.Code is null ? r : r with { Label = text })],
        });
        return workbook with
        {
            Unit = workbook.Unit with { Name = text, Nature = text, SelfReference = text },
            Profile = workbook.Profile with
            {
                Functions = [.. workbook.Profile.Functions.Select(T)],
                Departments = [.. workbook.Profile.Departments.Select(T)],
                MemberUnits = [.. workbook.Profile.MemberUnits.Select(m => m with { Name = text, Nature = text })],
            },
            Tables = new StatutoryTables(tables),
            Other = workbook.Other with { OtherVehiclesDescription = T(workbook.Other.OtherVehiclesDescription) },
            Performance = workbook.Performance with
            {
                Achievements = T(workbook.Performance.Achievements),
                Problems = T(workbook.Performance.Problems),
                Improvements = T(workbook.Performance.Improvements),
                OtherCategory = T(workbook.Performance.OtherCategory),
                OtherNote = T(workbook.Performance.OtherNote),
            },
            Projects = [.. workbook.Projects.Select(p => p with
            {
                Name = text, Department = text, Implementer = text, Goal = text, Achieved = text,
                Indicators = [.. p.Indicators.Select(i => i with
                {
                    Level1 = text, Level2 = text, Level3 = text, Target = text, Actual = text, Deviation = text,
                })],
            })],
            Reasons = new ReasonBook(reasons),
        };
    }
}
