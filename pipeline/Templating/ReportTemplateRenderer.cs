using System.Text.RegularExpressions;
using System.Text;
using JuneBudget.Facts;
using JuneBudget.Model;
using Scriban.Syntax;

namespace JuneBudget.Templating;

/// <summary>
/// Renders a document of one unit: the 公开说明 from its <see cref="ReportFacts"/> with the templates of its
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
        return Render(format.TemplateFiles, root, facts, facts.Sources);
    }

    /// <summary>
    /// Renders any document kind: <paramref name="templateFiles"/> in order, sharing one context over
    /// <paramref name="viewModel"/>; <paramref name="sources"/> are the facts' source ids.
    /// </summary>
    /// <exception cref="TemplateException">A template has a syntax error or fails while rendering.</exception>
    public static RenderedReport Render(IReadOnlyList<string> templateFiles, string templatesRoot, object viewModel,
        IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var root = Path.GetFullPath(templatesRoot);
        var set = TemplateSet.Load(templateFiles, Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root);

        var context = TemplateContextFactory.Create(viewModel);
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
        var usedSources = sources.Where(s => used.Contains(s.Key))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        var placeholders = Placeholder().Matches(markdown).Select(m => m.Value).Distinct().ToList();
        return new RenderedReport(markdown, usedSources, placeholders);
    }

    [GeneratedRegex(@"[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"⟦[^|⟧]*\|([^⟧]+)⟧")]
    private static partial Regex SourceMarker();

    [GeneratedRegex(@"【待补充：[^】]*】")]
    private static partial Regex Placeholder();
}
