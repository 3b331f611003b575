namespace JuneBudget.Orchestration;

/// <summary>The `build` command: every workbook of the input folder to drafts and a review pack.</summary>
public static class BuildRun
{
    public static int Execute(BuildSettings settings) => throw new NotImplementedException(settings.InputFolder);
}
