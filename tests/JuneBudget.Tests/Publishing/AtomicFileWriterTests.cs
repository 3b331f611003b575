using System.Text;
using JuneBudget.Publishing;

namespace JuneBudget.Tests.Publishing;

public sealed class AtomicFileWriterTests
{
    [Fact]
    public void AWriteThatFailsPartWayLeavesNoFileAndNoTemporaryFile()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("草稿.docx");

        var thrown = Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("模拟生成中途失败");
        }));

        Assert.Equal("模拟生成中途失败", thrown.Message);
        Assert.False(File.Exists(path));
        Assert.Empty(folder.FileNames());
    }

    [Fact]
    public void AWriteThatFailsPartWayLeavesThePreviousFileIntact()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("草稿.docx");
        File.WriteAllText(path, "上一版完整内容");

        Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("新版的前一半"));
            throw new IOException("磁盘已满");
        }));

        Assert.Equal("上一版完整内容", File.ReadAllText(path));
        Assert.Equal(["草稿.docx"], folder.FileNames());
    }

    [Fact]
    public void ASuccessfulWriteReplacesTheFileAndLeavesNothingElse()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("草稿.html");
        File.WriteAllText(path, "旧");

        AtomicFileWriter.WriteAllBytes(path, Encoding.UTF8.GetBytes("新"));

        Assert.Equal("新", File.ReadAllText(path));
        Assert.Equal(["草稿.html"], folder.FileNames());
    }

    [Fact]
    public void StaleTemporaryFilesOfACrashedRunAreRemovedAndOthersKept()
    {
        using var folder = new TemporaryFolder();
        var stale = folder.File(AtomicFileWriter.TemporaryPrefix + "0123456789abcdef" + AtomicFileWriter.TemporaryExtension);
        var fresh = folder.File(AtomicFileWriter.TemporaryPrefix + "fedcba9876543210" + AtomicFileWriter.TemporaryExtension);
        File.WriteAllText(stale, "半");
        File.WriteAllText(fresh, "半");
        File.WriteAllText(folder.File("用户的.tmp"), "别删");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-1));

        AtomicFileWriter.RemoveStaleTemporaryFiles(folder.Path, TimeSpan.FromHours(1));

        Assert.Equal([Path.GetFileName(fresh), "用户的.tmp"], folder.FileNames());
    }
}
