namespace JuneBudget.Cli;

/// <summary>
/// Exit codes scripts act on (build.ps1 passes them through). Distinct so a CI script can tell
/// “the tool failed” from “the drafts have errors” from “not yet publishable”.
/// </summary>
public static class ExitCodes
{
    /// <summary>Every unit processed; no validation error (warnings and notes allowed).</summary>
    public const int Ok = 0;
    /// <summary>Bad command line, missing input folder, or an unexpected failure of the tool itself.</summary>
    public const int Failure = 1;
    /// <summary>At least one unit has a validation error, or a workbook could not be processed.</summary>
    public const int ValidationErrors = 2;
    /// <summary>With --strict: no error, but at least one unit still needs reasons filled in (待补充).</summary>
    public const int NotPublishable = 3;
}
