using JuneBudget.Cli;

namespace JuneBudget.Tests.Support;

/// <summary>Paths inside the repository and the shared seeds beside it.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root, found the way the tool finds it (<see cref="RepositoryPaths"/>).</summary>
    public static string Root => RepositoryPaths.Root;

    public static string Templates => RepositoryPaths.Templates;

    /// <summary>
    /// A seed document from `shared/seeds`. CI clones the repository with shared/ beside it; a
    /// developer's worktree may sit deeper, so every folder above the repository is tried.
    /// </summary>
    public static string Seed(string name)
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seeds", name);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"seed {name} not found in a shared/seeds folder beside or above {Root}");
    }
}
