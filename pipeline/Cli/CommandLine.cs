namespace JuneBudget.Cli;

/// <summary>The command-line entry: build, validate, init (System.CommandLine).</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("尚未实现");
        return args.Length == 0 ? 0 : 1;
    }
}
