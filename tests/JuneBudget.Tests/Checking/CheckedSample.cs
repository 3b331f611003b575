using JuneBudget.Checking;
using JuneBudget.Cli;
using JuneBudget.Discovery;
using JuneBudget.Model;
using JuneBudget.Orchestration;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// The sample unit as `check` sees it: the workbooks of input/ read from disk (so every figure
/// knows its cells), the document the generator writes from them, and that document read back.
/// </summary>
internal static class CheckedSample
{
    private static readonly Lazy<(UnitYear Unit, ExpectedDraft Expected)> Sample = new(() =>
    {
        var planned = BuildPlan.From(InputScanner.Scan(RepositoryPaths.Input)).Units
            .Single(u => u.Unit.Name == JuneBudget.SampleInput.Seed004Sample.UnitName);
        var unit = UnitLoader.Load(planned).Unit!;
        return (unit, ExpectedDraft.Build(unit, RepoPaths.Templates, RepoTemplates.Pages));
    });

    public static UnitYear Unit => Sample.Value.Unit;

    public static ExpectedDraft Expected => Sample.Value.Expected;

    public static string ExpectedMarkdown => Expected.Markdown;

    /// <summary>The generated .docx, to be edited.</summary>
    public static DraftEdits Draft() => new(Expected.Docx);

    public static IReadOnlyList<CheckFinding> Check(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return DraftChecker.Check(Expected, DraftView.Build(DocxDraftReader.Read(stream)));
    }
}
