using System.Text;
using JuneBudget.Publishing;

namespace JuneBudget.Tests.Publishing;

public sealed class AtomicFileBatchTests
{
    [Fact]
    public void NothingIsInPlaceBeforeCommitAndEverythingAfter()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("草稿.html"), "旧");
        using var batch = new AtomicFileBatch();

        batch.Add(folder.File("草稿.html"), Encoding.UTF8.GetBytes("新"));
        batch.Add(folder.File("草稿.docx"), new byte[200_000]);
        batch.Add(folder.File("审核清单.html"), Encoding.UTF8.GetBytes("清单"));

        // Before the commit the final paths hold what they held: the new bytes are only in temporary files.
        Assert.Equal("旧", File.ReadAllText(folder.File("草稿.html")));
        Assert.False(File.Exists(folder.File("草稿.docx")));
        Assert.Equal(3, folder.FileNames().Count(n => n.StartsWith(AtomicFileWriter.TemporaryPrefix, StringComparison.Ordinal)));

        Assert.Empty(batch.Commit());

        Assert.Equal("新", File.ReadAllText(folder.File("草稿.html")));
        Assert.Equal(200_000, new FileInfo(folder.File("草稿.docx")).Length);
        Assert.Equal(["审核清单.html", "草稿.docx", "草稿.html"], folder.FileNames());
    }

    [Fact]
    public void AFileThatCannotBePutInPlaceIsReportedAndTheOthersAreWritten()
    {
        using var folder = new TemporaryFolder();
        // A folder where the file should go: the rename over it fails.
        Directory.CreateDirectory(folder.File("草稿.docx"));
        using var batch = new AtomicFileBatch();
        batch.Add(folder.File("草稿.docx"), new byte[10]);
        batch.Add(folder.File("草稿.html"), Encoding.UTF8.GetBytes("新"));

        var failures = batch.Commit();

        Assert.Equal([folder.File("草稿.docx")], failures.Keys);
        Assert.True(Directory.Exists(folder.File("草稿.docx")));
        Assert.Equal("新", File.ReadAllText(folder.File("草稿.html")));
        Assert.Equal(["草稿.html"], folder.FileNames());
    }

    [Fact]
    public void ABatchNotCommittedLeavesNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File("草稿.html"), "旧");
        using (var batch = new AtomicFileBatch()) batch.Add(folder.File("草稿.html"), Encoding.UTF8.GetBytes("新"));

        Assert.Equal("旧", File.ReadAllText(folder.File("草稿.html")));
        Assert.Equal(["草稿.html"], folder.FileNames());
    }
}
