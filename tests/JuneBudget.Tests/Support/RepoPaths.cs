namespace JuneBudget.Tests.Support;

/// <summary>Paths inside the repository (found from the test binary upwards) and the shared seeds.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Seed(string name)
    {
        foreach (var dir in new[] { Path.Combine(Root, "tests", "JuneBudget.Tests", "Seeds"), "/work/shared/seeds" })
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"seed {name} not found");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "JuneBudget.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("JuneBudget.sln not found above the test binary");
    }
}
