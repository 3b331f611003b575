namespace JuneBudget.Orchestration;

/// <summary>What one `build` or `validate` run works on.</summary>
public sealed record BuildSettings(string InputFolder, string OutputFolder, string TemplatesFolder, bool Strict, bool Verbose);
