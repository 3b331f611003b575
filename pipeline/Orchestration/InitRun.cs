namespace JuneBudget.Orchestration;

/// <summary>The `init` command: a blank input workbook in the project's format.</summary>
public static class InitRun
{
    public static int Execute(string unit, int year, string? outFile) => throw new NotImplementedException(unit + year + outFile);
}
