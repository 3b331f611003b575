namespace JuneBudget.Tests.Rendering;

/// <summary>
/// Golden-file comparison: on a mismatch the actual text is written beside the expected file as
/// ⟨name⟩.received.⟨ext⟩ (ignored by git) so the diff can be read before updating the expected file.
/// </summary>
internal static class Golden
{
    public static void Assert(string expectedPath, string actual)
    {
        var receivedPath = Path.Combine(
            Path.GetDirectoryName(expectedPath)!,
            Path.GetFileNameWithoutExtension(expectedPath) + ".received" + Path.GetExtension(expectedPath));
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Xunit.Assert.Fail(expected is null
            ? $"No expected file {expectedPath}; wrote {receivedPath}. Read it, then rename it to accept."
            : $"Output differs from {expectedPath}; wrote {receivedPath}. Diff them; update the expected file only after reading the diff.");
    }
}
