using AngleSharp.Html.Parser;
using JuneBudget.Cli;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Templating;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Templating;

/// <summary>The review pages, the findings panel and the fixed words come from templates/, escaped at the boundary.</summary>
public sealed class PageTemplatesTests
{
    private static string StyleSheet => File.ReadAllText(Path.Combine(RepoPaths.Templates, "网页样式.css")).ReplaceLineEndings("\n");

    [Fact]
    public void EveryHtmlOutputInlinesTheOneStyleSheetOfTheTemplatesFolder()
    {
        var pages = RepoTemplates.Pages;
        var outputs = new[]
        {
            ReviewChecklistPage.Render(pages, new ReviewChecklist("甲局", 2024, null, [], [], [])),
            FindingsPage.Render(pages, "甲局", 2024, []),
            BatchIndexPage.Render(pages, [], []),
            Render.HtmlText(RenderingCorpus.Parse()),
            Render.HtmlText(RenderingCorpus.Parse(), Render.Html with { Review = true }),
        };
        Assert.All(outputs, html =>
        {
            var style = Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("style"));
            Assert.Equal(StyleSheet.Trim(), style.TextContent.Trim());
        });
    }

    /// <summary>Unit names, messages, cells, file names and notes come from users: every one is text on every page.</summary>
    [Fact]
    public void NoValueReachesAPageAsMarkup()
    {
        const string hostile = "<b class=\"x\">甲</b>'&\"";
        var cell = new SourceRef(hostile, hostile, hostile);
        Finding[] findings = [new(hostile, Severity.Error, hostile, [cell], 1m, 2m), new("C-01", Severity.NeedsReason, hostile, [cell], Key: hostile)];
        var checklist = new ReviewChecklist(hostile, 2024, hostile, findings, [hostile], [new ReviewLink(ReviewLinkKind.Other, hostile + ".pdf")]);
        var unit = UnitSummary.From(checklist, [new ReviewLink(ReviewLinkKind.Other, hostile + ".pdf")],
            new ReviewLink(ReviewLinkKind.Checklist, hostile), new ReviewLink(ReviewLinkKind.Findings, hostile), [hostile]);
        var pages = new[]
        {
            ReviewChecklistPage.Render(RepoTemplates.Pages, checklist),
            FindingsPage.Render(RepoTemplates.Pages, hostile, 2024, findings),
            BatchIndexPage.Render(RepoTemplates.Pages, [unit], [new UnprocessedInput(hostile, hostile)]),
            Render.HtmlText(RenderingCorpus.Parse(), Render.Html with { Review = true, Findings = findings }),
        };
        Assert.All(pages, html =>
        {
            var document = new HtmlParser().ParseDocument(html);
            Assert.Empty(document.QuerySelectorAll("b"));
            Assert.Contains(hostile, document.Body!.TextContent, StringComparison.Ordinal);
        });
        var index = new HtmlParser().ParseDocument(pages[2]);
        Assert.Equal(hostile, index.QuerySelector("td.unit")!.GetAttribute("data-v"));
        Assert.Equal(["PDF 稿", "审核清单", "校验结果"], index.QuerySelectorAll("table.units a").Select(a => a.TextContent));
    }

    [Fact]
    public void ThePagesAndDocumentsSayWhatTheTemplatesFolderSays()
    {
        using var temp = new TempFolder();
        var root = CopyOfTemplates(temp.Path);
        Edit(root, "审核/共用.sbn", "ret \"舍入说明\"", "ret \"舍入（改）\"");
        Edit(root, "文字/金额单位.sbn", "金额单位：万元", "单位：万元（改）");
        Edit(root, "文字/不可发布提示.sbn", "不可公开发布", "不可公开发布（改）");
        Edit(root, "文字/自评表标题.sbn", "项目支出绩效自评表", "绩效自评表（改）");
        File.AppendAllText(Path.Combine(root, "网页样式.css"), ".changed{color:red}\n");

        var pages = PageTemplates.Load(root);
        var page = new HtmlParser().ParseDocument(FindingsPage.Render(pages, "甲局", 2024, [new Finding("N-01", Severity.RoundingNote, "差 0.004", [])]));
        Assert.Equal("舍入（改）", page.QuerySelector("td.sev-RoundingNote")!.TextContent);
        var words = pages.Words("甲局", 2025);
        Assert.Equal(("部门：甲局", "单位：万元（改）", "绩效自评表（改）\n（2025年度）", "本稿存在未解决的校验错误，不可公开发布（改）"),
            (words.UnitLine, words.AmountUnitLine, words.SelfEvaluationTitle, words.Notice));
        Assert.Contains(".changed{color:red}", pages.StyleSheet, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenReviewTemplateStopsTheBuildNamingItsFileAndLine()
    {
        using var temp = new TempFolder();
        var root = CopyOfTemplates(temp.Path);
        Edit(root, "审核/审核清单.sbn", "{{ page_start title ~}}", "{{ page_start title ~}}\n{{ if }}");
        using var batch = new BatchInput().WithSample();

        var code = CommandLine.Run(["build", "--input", batch.Input, "--output", batch.Output, "--templates", root]);

        Assert.Equal(ExitCodes.Failure, code);
        var log = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(batch.Output, "logs"))));
        Assert.Matches(@"templates/审核/审核清单\.sbn\(\d+,\d+\) : error", log);
        Assert.False(File.Exists(Path.Combine(batch.Output, BatchIndexPage.FileName)));
    }

    /// <summary>A copy of the repository's templates/ as ⟨folder⟩/templates.</summary>
    private static string CopyOfTemplates(string folder)
    {
        var root = Path.Combine(folder, "templates");
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return root;
    }

    private static void Edit(string root, string file, string from, string to)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
