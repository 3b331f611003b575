namespace JuneBudget.Cli;

/// <summary>
/// Default folders: `input/`, `output/` and `templates/` of the repository the tool runs from.
/// The repository is the nearest folder holding JuneBudget.sln above the working directory,
/// else above the executable; failing both, the working directory.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find(Environment.CurrentDirectory)
        ?? Find(AppContext.BaseDirectory)
        ?? Environment.CurrentDirectory;

    public static string Input => Path.Combine(Root, "input");
    public static string Output => Path.Combine(Root, "output");
    public static string Templates => Path.Combine(Root, "templates");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JuneBudget.sln"))) return dir.FullName;
        }
        return null;
    }
}
