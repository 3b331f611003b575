namespace JuneBudget;

internal static class Program
{
    private static int Main(string[] args) => Cli.CommandLine.Run(args);
}
