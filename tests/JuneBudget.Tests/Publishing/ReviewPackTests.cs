using System.Text;
using AngleSharp.Html.Parser;
using JuneBudget.Model;
using JuneBudget.Publishing;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Publishing;

public sealed class ReviewPackTests
{
    [Fact]
    public void EveryLinkOnAPublishedIndexPageOpensAFileThatExists()
    {
        using var output = new TemporaryFolder();
        const string unitName = "乌鲁木齐市工业和信息化局(本级)";
        var names = UnitFolderNames.Allocate([unitName, "财政局/本级"]);
        var publisher = new UnitPublisher("test");
        var summaries = new List<UnitSummary>();
        foreach (var unit in new[] { unitName, "财政局/本级" })
        {
            var folder = names.FolderFor(output.Path, unit, 2024);
            var checklist = new ReviewChecklist(unit, 2024, unit + ".xlsx",
                [new Finding("BUD001", Severity.Error, "合计不符", [new SourceRef(unit + ".xlsx", "公开01表", "D7")])], [], []);
            DraftFile[] drafts =
            [
                new(SafeFileNames.ForDraft(names[unit], 2024, ".docx"), Encoding.UTF8.GetBytes("docx")),
                new(SafeFileNames.ForDraft(names[unit], 2024, ".html"), Encoding.UTF8.GetBytes("html")),
            ];
            var published = publisher.Publish(folder, [.. drafts, .. ReviewPack.Files(RepoTemplates.Pages, checklist)]);
            summaries.Add(ReviewPack.Summarise(checklist, published, output.Path));
        }

        var page = new HtmlParser().ParseDocument(BatchIndexPage.Render(RepoTemplates.Pages, summaries, []));

        var hrefs = page.QuerySelectorAll("table.units a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, hrefs.Count);
        Assert.All(hrefs, href => Assert.True(File.Exists(Path.Combine(output.Path, Uri.UnescapeDataString(href))), href));
        Assert.Contains(
            "乌鲁木齐市工业和信息化局(本级)/2024/乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明.docx",
            hrefs.Select(Uri.UnescapeDataString));
    }

    [Fact]
    public void AKeptEditIsLinkedUnderItsNewNameAndNotedInTheIndexRow()
    {
        using var output = new TemporaryFolder();
        var folder = Path.Combine(output.Path, "甲局", "2024");
        var checklist = new ReviewChecklist("甲局", 2024, null, [], [], []);
        var publisher = new UnitPublisher("test");
        publisher.Publish(folder, [new DraftFile("甲局.docx", Encoding.UTF8.GetBytes("一稿"))]);
        File.WriteAllText(Path.Combine(folder, "甲局.docx"), "改过");

        var published = publisher.Publish(folder, [new DraftFile("甲局.docx", Encoding.UTF8.GetBytes("二稿")), .. ReviewPack.Files(RepoTemplates.Pages, checklist)]);
        var summary = ReviewPack.Summarise(checklist, published, output.Path);

        Assert.Equal(new ReviewLink(ReviewLinkKind.Word, "甲局/2024/甲局（新生成 2）.docx"), Assert.Single(summary.Drafts));
        Assert.Equal("甲局/2024/审核清单.html", summary.Checklist!.RelativePath);
        Assert.Contains("已原样保留", Assert.Single(summary.Notes), StringComparison.Ordinal);
    }
}
