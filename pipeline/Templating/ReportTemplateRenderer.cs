using System.Text.RegularExpressions;
using System.Text;
using JuneBudget.Facts;
using JuneBudget.Model;
using Scriban.Syntax;

namespace JuneBudget.Templating;

/// <summary>
/// Renders the 公开说明 of one unit from its <see cref="ReportFacts"/> with the templates of its
/// format (the templates format.yaml lists, in its order, sharing one context so that
/// 00-functions.sbn's wording helpers serve every section).
/// </summary>
public static partial class ReportTemplateRenderer
{
    /// <param name="facts">The facts of the unit.</param>
    /// <param name="templatesRoot">The templates/ folder.</param>
    /// <exception cref="TemplateException">A template has a syntax error or fails while rendering; the
    /// message names file, line and column.</exception>
    /// <exception cref="Format.ReportFormatException">The format is missing from <paramref name="templatesRoot"/> or unusable.</exception>
    public static RenderedReport Render(ReportFacts facts, string templatesRoot)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var root = Path.GetFullPath(templatesRoot);
        // The format of the same year under this root: a test or a user may render with other templates.
        var format = Format.FormatLibrary.For(root)[facts.Format.Year];
        var set = TemplateSet.Load(format.TemplateFiles, Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root);

        var context = TemplateContextFactory.Create(facts);
        var text = new StringBuilder(64 * 1024);
        foreach (var template in set.Templates)
        {
            try
            {
                text.Append(template.Render(context));
            }
            catch (ScriptRuntimeException ex)
            {
                throw new TemplateException(ex.Message + Environment.NewLine + TemplateException.FixRuntime, ex);
            }
            text.Append("\n\n");
        }

        var markdown = BlankLines().Replace(text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n").Trim() + "\n";
        var used = SourceMarker().Matches(markdown).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var sources = facts.Sources.Where(s => used.Contains(s.Key))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var placeholders = Placeholder().Matches(markdown).Select(m => m.Value).Distinct().ToList();
        return new RenderedReport(markdown, sources, placeholders);
    }

    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"⟦[^|⟧]*\|([^⟧]+)⟧")]
    private static partial Regex SourceMarker();

    [GeneratedRegex(@"【待补充：[^】]*】")]
    private static partial Regex Placeholder();
}
