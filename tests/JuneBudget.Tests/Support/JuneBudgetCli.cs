namespace JuneBudget.Tests.Support;

/// <summary>Runs the real command line in-process, as `dotnet run -- …` would.</summary>
internal static class JuneBudgetCli
{
    public static int Build(BatchInput batch, params string[] extra) =>
        JuneBudget.Cli.CommandLine.Run(["build", "--input", batch.Input, "--output", batch.Output, "--templates", RepoPaths.Templates, .. extra]);

    public static int Check(BatchInput batch, params string[] extra) =>
        JuneBudget.Cli.CommandLine.Run(["check", "--input", batch.Input, "--output", batch.Output, "--templates", RepoPaths.Templates, .. extra]);

    public static int Validate(BatchInput batch) =>
        JuneBudget.Cli.CommandLine.Run(["validate", "--input", batch.Input, "--output", batch.Output]);
}
