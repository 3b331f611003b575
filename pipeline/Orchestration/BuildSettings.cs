namespace JuneBudget.Orchestration;

/// <summary>What one `build` or `validate` run works on.</summary>
public sealed record BuildSettings(string InputFolder, string OutputFolder, string TemplatesFolder, bool Strict, bool Verbose)
{
    /// <summary>How long a run waits for another run that holds the output folder (see <see cref="Publishing.OutputLock"/>).</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>build --pdf: a PDF beside each Word draft, by LibreOffice, and the 目录's page numbers from its rendering.</summary>
    public bool Pdf { get; init; }
}
