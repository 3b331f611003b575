namespace JuneBudget.Publishing;

/// <summary>What happened to one draft, with a Chinese message naming the file.</summary>
/// <param name="Name">The draft's intended file name.</param>
/// <param name="Kind">What happened.</param>
/// <param name="WrittenAs">The name actually holding the new draft (differs from
/// <paramref name="Name"/> when written beside an edited file); null when nothing holds it.</param>
/// <param name="Message">For the reviewer, e.g. 《…》在生成后被修改过，已保留；新稿另存为《…（新生成 2）.docx》。</param>
internal sealed record DraftOutcome(string Name, DraftOutcomeKind Kind, string? WrittenAs, string Message)
{
    /// <summary>True when the reviewer must act (locked or failed).</summary>
    public bool IsProblem => Kind is DraftOutcomeKind.Locked or DraftOutcomeKind.Failed;
}
