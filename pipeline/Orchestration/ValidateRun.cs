namespace JuneBudget.Orchestration;

/// <summary>The `validate` command: read and validate only.</summary>
public static class ValidateRun
{
    public static int Execute(BuildSettings settings) => throw new NotImplementedException(settings.InputFolder);
}
