using System.Text.Json;
using AngleSharp.Html.Parser;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Checking;

/// <summary>`check` end to end: build the sample, edit its Word draft on disk, check it.</summary>
public sealed class CheckCommandTests
{
    private const string Unit = "乌鲁木齐市工业和信息化局(本级)";

    private static string Folder(BatchInput batch) => Path.Combine(batch.Output, Unit, "2024");

    private static string DraftPath(BatchInput batch) => Path.Combine(Folder(batch), Unit + "2024年度部门决算公开说明.docx");

    [Fact]
    public void AnUneditedDraftIsTheSameAsGenerated()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Check(batch));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(batch), "核对结果.json")));
        Assert.Equal("SameAsGenerated", json.RootElement.GetProperty("outcome").GetString());
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder(batch), "核对结果.html")));
        Assert.Equal("与生成稿一致", page.QuerySelector("[data-outcome]")!.TextContent);
    }

    [Fact]
    public void AnEditedDraftWithAWrongNumberFailsAndThePageMarksTheNumber()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        File.WriteAllBytes(DraftPath(batch), new DraftEdits(File.ReadAllBytes(DraftPath(batch)))
            .Replace("增长0.55%", "增长<b>24.33%</b>").Bytes());

        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Check(batch));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(batch), "核对结果.json")));
        Assert.Equal("HasErrors", json.RootElement.GetProperty("outcome").GetString());
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("WrongNumber", finding.GetProperty("kind").GetString());
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder(batch), "核对结果.html")));
        var row = Assert.Single(page.QuerySelectorAll("table.findings tbody tr"));
        Assert.Equal("24.33%", row.QuerySelector("mark")!.TextContent);
        Assert.Equal("有错误", page.QuerySelector("[data-outcome]")!.TextContent);
        // The reviewer's "<b>" is text, escaped, never markup: no b element anywhere on the page.
        Assert.Empty(page.QuerySelectorAll("b"));
        Assert.Contains("增长<b>24.33%</b>", row.QuerySelector("p.sentence")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AResultFileHeldOpenIsAnErrorNamingTheFileAndExitOne()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        File.WriteAllBytes(DraftPath(batch), new DraftEdits(File.ReadAllBytes(DraftPath(batch))).Replace("增长0.55%", "增长24.33%").Bytes());
        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Check(batch));
        var page = Path.Combine(Folder(batch), "核对结果.html");
        var before = File.ReadAllBytes(page);
        File.WriteAllBytes(DraftPath(batch), new DraftEdits(File.ReadAllBytes(DraftPath(batch))).Replace("增长24.33%", "增长0.55%").Bytes());

        int code;
        // A browser or editor holding the page: the new result (核对通过) cannot replace it.
        using (new FileStream(page, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            code = JuneBudgetCli.Check(batch);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal(before, File.ReadAllBytes(page));
        var log = File.ReadAllText(Directory.GetFiles(Path.Combine(batch.Output, "logs")).Max()!);
        Assert.Contains("《核对结果.html》被占用", log, StringComparison.Ordinal);
        // The JSON beside it was written: it says what the draft is now.
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(batch), "核对结果.json")));
        Assert.Equal("Passed", json.RootElement.GetProperty("outcome").GetString());
    }
}

/// <summary>`build` checks a draft the reviewer edited: the checklist and the batch index say how it fared.</summary>
public sealed class BuildChecksEditedDraftsTests
{
    private const string Unit = "乌鲁木齐市工业和信息化局(本级)";

    private static string Folder(BatchInput batch) => Path.Combine(batch.Output, Unit, "2024");

    private static string DraftPath(BatchInput batch) => Path.Combine(Folder(batch), Unit + "2024年度部门决算公开说明.docx");

    [Fact]
    public void AnEditedDraftWithAnErrorMakesTheUnitHaveErrors()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        File.WriteAllBytes(DraftPath(batch), new DraftEdits(File.ReadAllBytes(DraftPath(batch))).Replace("增长0.55%", "增长24.33%").Bytes());

        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Build(batch));

        var checklist = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder(batch), "审核清单.html")));
        Assert.Equal("有错误", checklist.QuerySelector("#draft-check [data-outcome]")!.TextContent);
        Assert.Equal("有错误", checklist.QuerySelector("[data-status]")!.TextContent);
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(batch.Output, "审核总览.html")));
        var mark = index.QuerySelector("table.units .draft-check")!;
        Assert.Equal("HasErrors", mark.GetAttribute("data-outcome"));
        Assert.Equal("有错误", mark.QuerySelector("a")!.TextContent);
        Assert.Equal($"{Uri.EscapeDataString(Unit)}/2024/{Uri.EscapeDataString("核对结果.html")}", mark.QuerySelector("a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(Folder(batch), "核对结果.html")));
    }

    [Fact]
    public void AnEditedDraftThatAgreesWithTheWorkbookIsCheckedAndPasses()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        File.WriteAllBytes(DraftPath(batch), new DraftEdits(File.ReadAllBytes(DraftPath(batch)))
            .Replace("2024年度收入总计7,138.31万元，其中：", "本单位2024年度的收入总计为7,138.31万元，其中：").Bytes());

        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch, "--strict"));

        var checklist = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder(batch), "审核清单.html")));
        Assert.Equal("核对通过", checklist.QuerySelector("#draft-check [data-outcome]")!.TextContent);
        Assert.Equal("可发布", checklist.QuerySelector("[data-status]")!.TextContent);
    }

    [Fact]
    public void AnUneditedDraftIsNotChecked()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        Assert.Equal(ExitCodes.Ok, JuneBudgetCli.Build(batch));
        Assert.False(File.Exists(Path.Combine(Folder(batch), "核对结果.html")));
        var checklist = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Folder(batch), "审核清单.html")));
        Assert.Null(checklist.QuerySelector("#draft-check"));
    }
}
