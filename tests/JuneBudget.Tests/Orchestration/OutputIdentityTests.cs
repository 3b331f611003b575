using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JuneBudget.Cli;
using JuneBudget.Tests.Rendering;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Orchestration;

/// <summary>
/// Every byte `build` writes, pinned: the sample (with its 2023 workbook), a second unit (部门 with
/// a subordinate unit, 基金 table, 上年数 sheet) and a corrupt file, built through the real command
/// line; the SHA-256 and size of each output (Word, both HTML, review pages, findings JSON,
/// manifests, index) against <c>Fixtures/OutputIdentity/hashes.txt</c>. Refactoring for speed or
/// memory must not change a single byte. Only the run log (timestamps) is left out, and the
/// manifests' generator version (it carries the commit) is normalised.
/// On a mismatch the outputs are copied to <c>Fixtures/OutputIdentity/build.received.d/</c>
/// (ignored by git) so they can be diffed against a build of main before the hashes are updated.
/// </summary>
public sealed partial class OutputIdentityTests
{
    private static readonly string Expected = Path.Combine(RepoPaths.Fixtures, "OutputIdentity", "hashes.txt");

    [Fact]
    public void TheBuildWritesTodaysBytesForEveryOutput()
    {
        using var batch = new BatchInput().WithSample().WithSecondUnit()
            .WithFile("损坏的工作簿.xlsx", [0x50, 0x4B, 0x03, 0x04, 0xDE, 0xAD, 0xBE, 0xEF]);
        Assert.Equal(ExitCodes.ValidationErrors, JuneBudgetCli.Build(batch));

        var actual = Hashes(batch.Output);
        var received = Path.Combine(Path.GetDirectoryName(Expected)!, "build.received.d");
        if (Directory.Exists(received)) Directory.Delete(received, recursive: true);
        if (File.Exists(Expected) && File.ReadAllText(Expected).Replace("\r\n", "\n", StringComparison.Ordinal) != actual)
            CopyOutputs(batch.Output, received);
        Golden.Assert(Expected, actual);
    }

    /// <summary>One line per output file, sorted by path: SHA-256, size, path relative to the output folder.</summary>
    internal static string Hashes(string outputFolder)
    {
        var lines = new StringBuilder();
        foreach (var file in Outputs(outputFolder))
        {
            var bytes = Normalised(file);
            var relative = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            lines.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(bytes.Length).Append("  ").Append(relative).Append('\n');
        }
        return lines.ToString();
    }

    private static IEnumerable<string> Outputs(string outputFolder) =>
        Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(outputFolder, f).StartsWith("logs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The file's bytes; in a manifest the generator version (assembly version + commit) becomes a fixed word.</summary>
    private static byte[] Normalised(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (Path.GetFileName(file) != JuneBudget.Publishing.DraftManifest.FileName) return bytes;
        return Encoding.UTF8.GetBytes(GeneratorVersion().Replace(Encoding.UTF8.GetString(bytes), "\"generatorVersion\": \"VERSION\""));
    }

    private static void CopyOutputs(string outputFolder, string target)
    {
        foreach (var file in Outputs(outputFolder))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(outputFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [GeneratedRegex("\"generatorVersion\": \"[^\"]*\"")]
    private static partial Regex GeneratorVersion();
}
