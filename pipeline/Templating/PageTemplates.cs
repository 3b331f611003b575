using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace JuneBudget.Templating;

/// <summary>
/// The templates outside the narrative, so that every word a user reads is in templates/: the
/// review pages and the review HTML's findings panel (templates/审核/), the fixed words the
/// writers and grids print (templates/文字/), and the one style sheet of every HTML output
/// (templates/网页样式.css). Rendered through <see cref="TemplateContextFactory"/> like the
/// narrative; models are template-facing records of plain text, escaped by the templates with
/// <c>html_escape</c>. Loaded once per templates folder and reused until a file changes.
/// </summary>
public sealed class PageTemplates
{
    /// <summary>审核总览.html.</summary>
    public const string BatchIndex = "审核总览";
    /// <summary>审核清单.html of a unit.</summary>
    public const string Checklist = "审核清单";
    /// <summary>校验结果.html of a unit.</summary>
    public const string FindingsPage = "校验结果";
    /// <summary>The findings panel at the top of the review HTML.</summary>
    public const string FindingsPanel = "校验面板";

    private const string ReviewFolder = "审核";
    private const string WordsFolder = "文字";
    private const string StyleSheetFile = "网页样式.css";
    // Functions every review template uses (labels, badge, findings table); rendered first into the same context.
    private const string Shared = "共用";

    private static readonly ConcurrentDictionary<string, PageTemplates> Cache = new(StringComparer.Ordinal);

    private readonly TemplateSet review;
    private readonly TemplateSet words;

    private PageTemplates(TemplateSet review, TemplateSet words, string styleSheet, string stamp)
    {
        this.review = review;
        this.words = words;
        StyleSheet = styleSheet;
        Stamp = stamp;
    }

    private string Stamp { get; }

    /// <summary>The style sheet every HTML output inlines (drafts, review HTML and review pages).</summary>
    public string StyleSheet { get; }

    /// <param name="templatesRoot">The templates/ folder.</param>
    /// <exception cref="TemplateException">A folder or file is missing, or a template has a syntax error.</exception>
    public static PageTemplates Load(string templatesRoot)
    {
        var root = Path.GetFullPath(templatesRoot);
        var displayRoot = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? root;
        var review = TemplateSet.Load(Path.Combine(root, ReviewFolder), displayRoot);
        var words = TemplateSet.Load(Path.Combine(root, WordsFolder), displayRoot);
        var cssPath = Path.Combine(root, StyleSheetFile);
        if (!File.Exists(cssPath))
            throw new TemplateException($"找不到样式表 {Path.GetRelativePath(displayRoot, cssPath)}。请确认 templates 目录完整。");
        var stamp = $"{review.Stamp}|{words.Stamp}|{File.GetLastWriteTimeUtc(cssPath).Ticks}";
        if (Cache.TryGetValue(root, out var cached) && cached.Stamp == stamp) return cached;
        var loaded = new PageTemplates(review, words, File.ReadAllText(cssPath).ReplaceLineEndings("\n"), stamp);
        Cache[root] = loaded;
        return loaded;
    }

    /// <summary>A review page or the findings panel (<see cref="BatchIndex"/> …) over its model.</summary>
    public string Render(string name, object model)
    {
        var context = TemplateContextFactory.Create(new PageModel(StyleSheet, model));
        Run(review[Shared], context);
        return Run(review[name], context);
    }

    /// <summary>The fixed words of one unit's documents, from templates/文字/.</summary>
    public DocumentWords Words(string unitName, int year)
    {
        var context = TemplateContextFactory.Create(new WordsModel(unitName, year));
        string Word(string name) => Run(words[name], context).ReplaceLineEndings("\n").Trim();
        return new DocumentWords(Word("不可发布提示"), Word("表格单位行"), Word("金额单位"), Word("自评表标题"));
    }

    private static string Run(Template template, TemplateContext context)
    {
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(ex.Message + Environment.NewLine + TemplateException.FixRuntime, ex);
        }
    }

    /// <summary>What a review template sees: the shared style sheet and the page's own model.</summary>
    private sealed record PageModel(string StyleSheet, object Page);

    /// <summary>What the fixed-word templates see.</summary>
    private sealed record WordsModel(string UnitName, int Year);
}
