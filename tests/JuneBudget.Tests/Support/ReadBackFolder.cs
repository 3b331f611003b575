using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Support;

/// <summary>
/// A temporary folder where reader tests save a built workbook and read it back; the file name
/// (<paramref name="defaultName"/> unless given) is what the findings' cells name.
/// </summary>
internal sealed class ReadBackFolder(string defaultName) : IDisposable
{
    private readonly TempFolder folder = new();

    public string Path => folder.Path;

    /// <summary>Saves the builder's workbook here, disposes the builder and reads the file.</summary>
    public ReadResult Read(TestWorkbookBuilder builder, string? name = null)
    {
        using (builder) return WorkbookReader.Read(builder.Save(folder.Path, name ?? defaultName));
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>Findings of a read by rule id.</summary>
internal static class ReadResultFindings
{
    public static IEnumerable<Finding> Of(this ReadResult result, string ruleId) => result.Findings.Where(f => f.RuleId == ruleId);
}
