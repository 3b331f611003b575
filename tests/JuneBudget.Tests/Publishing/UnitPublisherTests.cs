using System.Text;
using JuneBudget.Publishing;

namespace JuneBudget.Tests.Publishing;

public sealed class UnitPublisherTests
{
    private const string Docx = "甲局2024年度部门决算公开说明.docx";
    private const string Html = "甲局2024年度部门决算公开说明.html";

    private readonly UnitPublisher _publisher = new("1.0-test");

    [Fact]
    public void NewDraftsAreWrittenAndRecordedInTheManifest()
    {
        using var folder = new TemporaryFolder();

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "一稿"), Draft(Html, "<p>一稿</p>")]);

        Assert.All(result.Files, file => Assert.Equal(DraftOutcomeKind.Written, file.Kind));
        Assert.Equal("一稿", File.ReadAllText(folder.File(Docx)));
        var entry = Assert.Single(DraftManifest.Load(folder.Path).Entries, e => e.Name == Docx);
        Assert.Equal(DraftManifest.Hash(Encoding.UTF8.GetBytes("一稿")), entry.Sha256);
        Assert.Equal(6, entry.Size);
        Assert.Equal("1.0-test", entry.GeneratorVersion);
        Assert.Equal([DraftManifest.FileName, Docx, Html], folder.FileNames());
    }

    [Fact]
    public void TwoOutputsForOnePathAreRefusedAndNeitherIsWritten()
    {
        using var folder = new TemporaryFolder();

        var result = _publisher.Publish(folder.Path, [Draft(Html, "公开稿"), Draft(Docx, "一稿"), Draft(Html.ToUpperInvariant(), "审核稿")]);

        Assert.Equal([DraftOutcomeKind.Failed, DraftOutcomeKind.Written, DraftOutcomeKind.Failed], result.Files.Select(f => f.Kind));
        Assert.Contains("同名", result.Files[0].Message, StringComparison.Ordinal);
        Assert.True(result.HasProblems);
        Assert.Equal([DraftManifest.FileName, Docx], folder.FileNames());
    }

    [Fact]
    public void AnUnchangedRerunRewritesNothingNotEvenTheManifest()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿"), Draft(Html, "<p>一稿</p>")]);
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var name in folder.FileNames())
        {
            File.SetLastWriteTimeUtc(folder.File(name), past);
        }

        var result = new UnitPublisher("2.0-test").Publish(folder.Path, [Draft(Docx, "一稿"), Draft(Html, "<p>一稿</p>")]);

        Assert.All(result.Files, file => Assert.Equal(DraftOutcomeKind.Unchanged, file.Kind));
        Assert.All(folder.FileNames(), name => Assert.Equal(past, File.GetLastWriteTimeUtc(folder.File(name))));
        Assert.All(DraftManifest.Load(folder.Path).Entries, e => Assert.Equal("1.0-test", e.GeneratorVersion));
    }

    [Fact]
    public void AnUneditedDraftIsReplacedByTheNewOne()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿")]);

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "二稿")]);

        Assert.Equal(DraftOutcomeKind.Written, Assert.Single(result.Files).Kind);
        Assert.Equal("二稿", File.ReadAllText(folder.File(Docx)));
        Assert.Equal([DraftManifest.FileName, Docx], folder.FileNames());
    }

    [Fact]
    public void AnEditedDraftIsKeptAndTheNewOneGoesBesideIt()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿")]);
        File.WriteAllText(folder.File(Docx), "一稿，审核人补充了原因");

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "二稿")]);

        var outcome = Assert.Single(result.Files);
        const string beside = "甲局2024年度部门决算公开说明（新生成 2）.docx";
        Assert.Equal(DraftOutcomeKind.KeptEditedWroteBeside, outcome.Kind);
        Assert.Equal(beside, outcome.WrittenAs);
        Assert.Contains(Docx, outcome.Message, StringComparison.Ordinal);
        Assert.Contains(beside, outcome.Message, StringComparison.Ordinal);
        Assert.Equal("一稿，审核人补充了原因", File.ReadAllText(folder.File(Docx)));
        Assert.Equal("二稿", File.ReadAllText(folder.File(beside)));
    }

    [Fact]
    public void BesideCopiesAreNumberedWithoutOverwritingAnyoneElsesFile()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿")]);
        File.WriteAllText(folder.File(Docx), "改过的一稿");
        _publisher.Publish(folder.Path, [Draft(Docx, "二稿")]);
        File.WriteAllText(folder.File("甲局2024年度部门决算公开说明（新生成 2）.docx"), "也改过的二稿");
        File.WriteAllText(folder.File("甲局2024年度部门决算公开说明（新生成 3）.docx"), "别人放的文件");

        var third = _publisher.Publish(folder.Path, [Draft(Docx, "三稿")]);
        var fourth = _publisher.Publish(folder.Path, [Draft(Docx, "四稿")]);

        // Copy 4 was ours and unedited, so the fourth draft reuses it instead of piling up copy 5.
        Assert.Equal("甲局2024年度部门决算公开说明（新生成 4）.docx", Assert.Single(third.Files).WrittenAs);
        Assert.Equal("甲局2024年度部门决算公开说明（新生成 4）.docx", Assert.Single(fourth.Files).WrittenAs);
        Assert.Equal("改过的一稿", File.ReadAllText(folder.File(Docx)));
        Assert.Equal("也改过的二稿", File.ReadAllText(folder.File("甲局2024年度部门决算公开说明（新生成 2）.docx")));
        Assert.Equal("别人放的文件", File.ReadAllText(folder.File("甲局2024年度部门决算公开说明（新生成 3）.docx")));
        Assert.Equal("四稿", File.ReadAllText(folder.File("甲局2024年度部门决算公开说明（新生成 4）.docx")));
    }

    [Fact]
    public void AFileJuneBudgetNeverWroteIsNotOverwritten()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File(Docx), "手工写的说明");

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "一稿")]);

        Assert.Equal(DraftOutcomeKind.KeptEditedWroteBeside, Assert.Single(result.Files).Kind);
        Assert.Equal("手工写的说明", File.ReadAllText(folder.File(Docx)));
    }

    [Fact]
    public void ADamagedManifestProtectsEveryExistingFileAndIsReported()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿")]);
        File.WriteAllText(folder.File(DraftManifest.FileName), "{ 坏了");

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "二稿")]);

        Assert.Equal(DraftOutcomeKind.KeptEditedWroteBeside, Assert.Single(result.Files).Kind);
        Assert.Equal("一稿", File.ReadAllText(folder.File(Docx)));
        Assert.Contains("已损坏", Assert.Single(result.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void ALockedFileIsReportedAndTheOtherDraftsAreStillWritten()
    {
        using var folder = new TemporaryFolder();
        _publisher.Publish(folder.Path, [Draft(Docx, "一稿"), Draft(Html, "一稿")]);

        DraftOutcome locked;
        using (new FileStream(folder.File(Docx), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = _publisher.Publish(folder.Path, [Draft(Docx, "二稿"), Draft(Html, "二稿")]);
            locked = result.Files[0];
            Assert.Equal(DraftOutcomeKind.Written, result.Files[1].Kind);
            Assert.True(result.HasProblems);
        }

        Assert.Equal(DraftOutcomeKind.Locked, locked.Kind);
        Assert.Contains("被占用", locked.Message, StringComparison.Ordinal);
        Assert.Contains(Docx, locked.Message, StringComparison.Ordinal);
        Assert.Equal("一稿", File.ReadAllText(folder.File(Docx)));
        Assert.Equal("二稿", File.ReadAllText(folder.File(Html)));

        // Once closed, the next run replaces the still-unedited draft.
        Assert.Equal(DraftOutcomeKind.Written, _publisher.Publish(folder.Path, [Draft(Docx, "二稿")]).Files[0].Kind);
    }

    [Fact]
    public void ADraftThatCannotBePutInPlaceFailsIsNotRecordedAndTheOthersAre()
    {
        using var folder = new TemporaryFolder();
        // A folder where the Word draft should go: its content is written, but the rename over it fails.
        Directory.CreateDirectory(folder.File(Docx));

        var result = _publisher.Publish(folder.Path, [Draft(Docx, "一稿"), Draft(Html, "一稿")]);

        Assert.Equal([DraftOutcomeKind.Failed, DraftOutcomeKind.Written], result.Files.Select(f => f.Kind));
        Assert.Contains($"写入《{Docx}》失败", result.Files[0].Message, StringComparison.Ordinal);
        Assert.Equal([Html], DraftManifest.Load(folder.Path).Entries.Select(e => e.Name));
        Assert.Equal([DraftManifest.FileName, Html], folder.FileNames());
    }

    [Theory]
    [InlineData("../逃出.docx")]
    [InlineData("CON.docx")]
    [InlineData(DraftManifest.FileName)]
    public void AnUnsafeFileNameFailsWithoutWritingAnything(string name)
    {
        using var folder = new TemporaryFolder();

        var result = _publisher.Publish(Path.Combine(folder.Path, "单位"), [Draft(name, "x")]);

        var outcome = Assert.Single(result.Files);
        Assert.Equal(DraftOutcomeKind.Failed, outcome.Kind);
        Assert.Contains(name, outcome.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    private static DraftFile Draft(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));
}
