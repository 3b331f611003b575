using JuneBudget.Cli;

namespace JuneBudget.Tests.Support;

/// <summary>Paths inside the repository; tests read nothing outside it.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root, found the way the tool finds it (<see cref="RepositoryPaths"/>).</summary>
    public static string Root => RepositoryPaths.Root;

    public static string Templates => RepositoryPaths.Templates;

    /// <summary>The test fixtures: golden texts and the published seed documents.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "JuneBudget.Tests", "Fixtures");

    /// <summary>
    /// The text of a published seed document kept in <c>Fixtures/Seeds</c>. Its first line names
    /// where the copy came from and is not part of the document, so it is dropped here.
    /// </summary>
    public static string SeedText(string name)
    {
        var text = File.ReadAllText(Path.Combine(Fixtures, "Seeds", name));
        return text.StartsWith("来源：", StringComparison.Ordinal) ? text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..] : text;
    }
}
