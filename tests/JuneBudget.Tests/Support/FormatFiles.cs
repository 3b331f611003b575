using System.Text.RegularExpressions;

namespace JuneBudget.Tests.Support;

/// <summary>Format files for temporary templates roots: the repository's 2024 format with other templates.</summary>
internal static partial class FormatFiles
{
    /// <summary>The repository's 2024 format.yaml with its template list replaced by <paramref name="templates"/>, for year <paramref name="year"/>.</summary>
    public static string Text2024With(IEnumerable<string> templates, int year = 2024)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Templates, "公开说明", "2024", "format.yaml"));
        var list = string.Concat(templates.Select(t => $"  - {t}\n"));
        text = TemplateList().Replace(text, "templates:\n" + list);
        return text.Replace("year: 2024", $"year: {year}", StringComparison.Ordinal);
    }

    /// <summary>Writes format.yaml into <paramref name="folder"/> listing every .sbn there, in name order.</summary>
    public static void WriteListingTemplatesOf(string folder, int year = 2024) =>
        File.WriteAllText(Path.Combine(folder, "format.yaml"),
            Text2024With(Directory.GetFiles(folder, "*.sbn").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal), year));

    [GeneratedRegex(@"templates:[^\n]*\n(?:  - [^\n]*\n)+")]
    private static partial Regex TemplateList();
}
