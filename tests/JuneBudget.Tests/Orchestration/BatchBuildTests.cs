using AngleSharp.Html.Parser;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Orchestration;

/// <summary>
/// The year-end batch as users run it: a folder of workbooks in, drafts and a review pack out,
/// one bad input never stopping the others, nothing a reviewer edited ever overwritten.
/// </summary>
public sealed class BatchBuildTests
{
    private const string Sample = "乌鲁木齐市工业和信息化局(本级)";
    private const string SampleDocx = Sample + "2024年度部门决算公开说明.docx";
    private const string Duplicated = "乌鲁木齐市重复局";

    private static string SampleFolder(BatchInput batch) => Path.Combine(batch.Output, Sample, "2024");

    [Fact]
    public void TheBundledSampleBuildsAPublishableDraftWithItsReviewPack()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));

        var files = Directory.GetFiles(SampleFolder(batch)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            ".junebudget-manifest.json", Sample + "2024年度部门决算公开说明.docx", Sample + "2024年度部门决算公开说明.html",
            Sample + "2024年度部门决算公开说明（审核版）.html", "审核清单.html", "校验结果.html", "校验结果.json",
        ], files);
        // 2023 only supplies last year's figures: no 2023 draft is generated.
        Assert.False(Directory.Exists(Path.Combine(batch.Output, Sample, "2023")));
        var checklist = File.ReadAllText(Path.Combine(SampleFolder(batch), "审核清单.html"));
        Assert.Contains("可发布", checklist, StringComparison.Ordinal);

        // The index links the three drafts by what they are; the findings JSON is not a draft.
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(batch.Output, "审核总览.html")));
        var rows = index.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);   // seed 004's unit (2024) and seed 001's (2023)
        var row = rows.Single(r => r.TextContent.Contains(Sample, StringComparison.Ordinal));
        var labels = row.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Word 稿", "网页稿", "审核版网页", "审核清单", "校验结果"], labels);

        // Seed 001's unit has the 整体自评 sheets: both documents, each as Word, HTML and review HTML, listed alike.
        var second = rows.Single(r => r.TextContent.Contains(SampleInput.Seed001Sample.UnitName, StringComparison.Ordinal));
        Assert.Equal(
        [
            "部门决算公开说明 Word 稿", "部门决算公开说明 网页稿", "部门决算公开说明 审核版网页",
            "部门整体支出绩效自评报告 Word 稿", "部门整体支出绩效自评报告 网页稿", "部门整体支出绩效自评报告 审核版网页",
            "审核清单", "校验结果",
        ], second.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList());
        foreach (var link in second.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            Assert.True(File.Exists(Path.Combine(batch.Output, Uri.UnescapeDataString(link))), link);
    }

    [Fact]
    public void AMixedBatchFinishesEveryUnitAndReportsCorruptAndDuplicateInputs()
    {
        using var batch = new BatchInput().WithSample().WithSecondUnit()
            .WithSecondUnit("重复A.xlsx", Duplicated).WithSecondUnit("重复B.xlsx", Duplicated)
            .WithFile("损坏的工作簿.xlsx", [0x50, 0x4B, 0x03, 0x04, 0xDE, 0xAD, 0xBE, 0xEF]);

        // The corrupt file and the refused duplicates are errors of the batch: exit 2.
        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Build(batch));

        Assert.True(File.Exists(Path.Combine(SampleFolder(batch), SampleDocx)));
        var second = Path.Combine(batch.Output, SecondUnitSample.Name, "2024");
        Assert.True(File.Exists(Path.Combine(second, SecondUnitSample.Name + "2024年度部门决算公开说明.docx")));
        Assert.False(Directory.Exists(Path.Combine(batch.Output, Duplicated)));

        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(batch.Output, "审核总览.html")));
        var text = index.Body!.TextContent;
        Assert.Contains("损坏的工作簿.xlsx", text, StringComparison.Ordinal);
        Assert.Contains("重复A.xlsx", text, StringComparison.Ordinal);
        Assert.Contains("重复B.xlsx", text, StringComparison.Ordinal);
        var rows = index.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(Sample, StringComparison.Ordinal) && r.Contains("可发布", StringComparison.Ordinal));
        // The second unit lacks one reason on purpose: it is not publishable yet.
        Assert.Contains(rows, r => r.Contains(SecondUnitSample.Name, StringComparison.Ordinal) && !r.Contains("可发布", StringComparison.Ordinal));
        foreach (var link in index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
            Assert.True(File.Exists(Path.Combine(batch.Output, Uri.UnescapeDataString(link))), link);

        var secondChecklist = File.ReadAllText(Path.Combine(second, "审核清单.html"));
        Assert.Contains(SecondUnitSample.MissingReason, secondChecklist, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftTheReviewerEditedIsKeptAndTheNewDraftGoesBesideIt()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        var draft = Path.Combine(SampleFolder(batch), SampleDocx);
        var edited = File.ReadAllBytes(draft).Concat("reviewer"u8.ToArray()).ToArray();
        File.WriteAllBytes(draft, edited);

        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));

        Assert.Equal(edited, File.ReadAllBytes(draft));
        var beside = Path.Combine(SampleFolder(batch), Sample + "2024年度部门决算公开说明（新生成 2）.docx");
        Assert.True(File.Exists(beside));
        var index = File.ReadAllText(Path.Combine(batch.Output, "审核总览.html"));
        Assert.Contains("（新生成 2）.docx", index, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameInputGivesByteIdenticalDocuments()
    {
        using var first = new BatchInput().WithSample();
        using var second = new BatchInput().WithSample();
        JuneBudgetCli.Build(first);
        JuneBudgetCli.Build(second);
        foreach (var name in new[] { SampleDocx, Sample + "2024年度部门决算公开说明.html", "校验结果.json", "审核清单.html" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(SampleFolder(first), name)), File.ReadAllBytes(Path.Combine(SampleFolder(second), name)));
    }

    [Fact]
    public void StrictFailsWhileAReasonIsMissingAndPassesOnceEverythingIsFilled()
    {
        using var missing = new BatchInput().WithSampleMissingReason("一般公共预算.2150501.上年");
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(missing));
        Assert.Equal(ExitCodes.NotPublishable, JuneBudgetCli.Build(missing, "--strict"));

        using var complete = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(complete, "--strict"));
    }

    [Fact]
    public void AMissingInputFolderIsAToolFailure()
    {
        using var batch = new BatchInput();
        Directory.Delete(batch.Input);
        Assert.Equal(ExitCodes.Failure, JuneBudgetCli.Build(batch));
    }

    [Fact]
    public void AnInputFolderWithNoWorkbookIsAToolFailureNotASuccess()
    {
        using var batch = new BatchInput();
        File.WriteAllText(Path.Combine(batch.Input, "说明.txt"), "not a workbook");
        Assert.Equal(ExitCodes.Failure, JuneBudgetCli.Build(batch));
    }

    [Fact]
    public void ValidateWritesFindingsOnlyAndExitsCleanOnTheSample()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Validate(batch));
        Assert.True(File.Exists(Path.Combine(SampleFolder(batch), "校验结果.json")));
        Assert.False(File.Exists(Path.Combine(SampleFolder(batch), SampleDocx)));
        // Titled as build titles it: seed 001's unit has both documents, the 2024 sample the 公开说明 only.
        string Title(string folder) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "校验结果.html"))).QuerySelector("h1")!.TextContent;
        Assert.Equal("校验结果：高新区（新市区）招商服务局2023年度部门决算公开说明、部门整体支出绩效自评报告",
            Title(Path.Combine(batch.Output, "高新区（新市区）招商服务局", "2023")));
        Assert.EndsWith("2024年度部门决算公开说明", Title(SampleFolder(batch)), StringComparison.Ordinal);
    }

    /// <summary>
    /// validate's 校验结果 held open (a browser or editor): the run says which file and fails (exit 1)
    /// instead of reporting success over a page it could not replace; the other units are still written.
    /// </summary>
    [Fact]
    public void AFindingsPageHeldOpenIsAnErrorNamingTheFileAndExitOne()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Validate(batch));
        var page = Path.Combine(SampleFolder(batch), "校验结果.html");
        var before = File.ReadAllBytes(page);
        var other = Path.Combine(batch.Output, "高新区（新市区）招商服务局", "2023", "校验结果.html");
        File.Delete(other);

        int code;
        using (new FileStream(page, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            code = JuneBudgetCli.Validate(batch);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(before, File.ReadAllBytes(page));
        Assert.True(File.Exists(other));
        var log = File.ReadAllText(Directory.GetFiles(Path.Combine(batch.Output, "logs")).Max()!);
        Assert.Contains("《校验结果.html》被占用", log, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraftHeldOpenIsReportedAndTheRestOfTheBatchIsWritten()
    {
        using var batch = new BatchInput().WithSample().WithSecondUnit();
        JuneBudgetCli.Build(batch);
        var draft = Path.Combine(SampleFolder(batch), SampleDocx);
        var before = File.ReadAllBytes(draft);
        var second = Path.Combine(batch.Output, SecondUnitSample.Name, "2024", SecondUnitSample.Name + "2024年度部门决算公开说明.docx");
        File.Delete(second);

        int code;
        using (new FileStream(draft, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            code = JuneBudgetCli.Build(batch);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(before, File.ReadAllBytes(draft));
        Assert.True(File.Exists(second));
        Assert.Contains("被占用", File.ReadAllText(Path.Combine(batch.Output, "审核总览.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutLastYearsWorkbookThe上年数SheetNamesAndFiguresEveryItem()
    {
        using var batch = new BatchInput().WithSample();
        File.Delete(Directory.GetFiles(batch.Input, "乌鲁木齐市*2023*.xlsx").Single());
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch, "--strict"));
        var html = File.ReadAllText(Path.Combine(SampleFolder(batch), Sample + "2024年度部门决算公开说明.html"));
        // The dropped 基金 item is named from the 上年数 sheet alone, 款 included.
        Assert.Contains("其他支出（类）其他政府性基金及对应专项债务收入安排的支出（款）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("待补充", html, StringComparison.Ordinal);
    }
}
