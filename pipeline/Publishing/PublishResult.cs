namespace JuneBudget.Publishing;

/// <summary>What <see cref="UnitPublisher.Publish"/> did in one unit folder.</summary>
/// <param name="UnitFolder">The folder written to.</param>
/// <param name="Files">One outcome per draft, in the order given.</param>
/// <param name="Notes">Folder-level remarks (damaged or unwritable manifest), in Chinese.</param>
internal sealed record PublishResult(string UnitFolder, IReadOnlyList<DraftOutcome> Files, IReadOnlyList<string> Notes)
{
    /// <summary>True when any draft was locked or failed.</summary>
    public bool HasProblems => Files.Any(file => file.IsProblem);

    /// <summary>The messages a reviewer must act on (locked or failed drafts, manifest notes), for the index page.</summary>
    public IReadOnlyList<string> ProblemMessages =>
        Files.Where(file => file.IsProblem).Select(file => file.Message).Concat(Notes).ToList();
}
