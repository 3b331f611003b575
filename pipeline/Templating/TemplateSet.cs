using System.Collections.Concurrent;
using JuneBudget.Format;
using Scriban;

namespace JuneBudget.Templating;

/// <summary>
/// The parsed templates of one document format, in the order its format file lists them (the
/// order is the document's). Parsed once and reused until a file changes; every parse error of
/// every file is reported before anything is rendered.
/// </summary>
internal sealed class TemplateSet
{
    private static readonly ConcurrentDictionary<string, TemplateSet> Cache = new(StringComparer.Ordinal);

    private TemplateSet(string stamp, IReadOnlyList<string> names, IReadOnlyList<Template> templates)
    {
        Stamp = stamp;
        Names = names;
        Templates = templates;
    }

    public string Stamp { get; }
    /// <summary>The file names without extension, in the order of <see cref="Templates"/>.</summary>
    public IReadOnlyList<string> Names { get; }
    public IReadOnlyList<Template> Templates { get; }

    /// <summary>The template of file ⟨name⟩.sbn.</summary>
    /// <exception cref="TemplateException">The folder has no such file.</exception>
    public Template this[string name]
    {
        get
        {
            for (var i = 0; i < Names.Count; i++)
                if (string.Equals(Names[i], name, StringComparison.Ordinal)) return Templates[i];
            throw new TemplateException($"找不到模板 {name}.sbn。请确认 templates 目录完整。");
        }
    }

    /// <summary>Every .sbn of a folder, in file-name order (templates/审核, templates/文字).</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="displayRoot">The folder paths in messages are relative to (the parent of templates/).</param>
    public static TemplateSet Load(string folder, string displayRoot)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateException($"找不到模板目录 {Path.GetRelativePath(displayRoot, folder)}。请确认 templates 目录完整。");
        }
        return Load([.. Directory.GetFiles(folder, "*.sbn").Order(StringComparer.Ordinal)], displayRoot);
    }

    /// <param name="files">The template files in document order (<see cref="Format.ReportFormat.TemplateFiles"/>).</param>
    /// <param name="displayRoot">The folder paths in messages are relative to (the parent of templates/).</param>
    public static TemplateSet Load(IReadOnlyList<string> files, string displayRoot)
    {
        var key = string.Join("|", files);
        var stamp = string.Join("|", files.Select(f => $"{f}:{File.GetLastWriteTimeUtc(f).Ticks}"));
        if (Cache.TryGetValue(key, out var cached) && cached.Stamp == stamp) return cached;

        var templates = new List<Template>(files.Count);
        var errors = new List<string>();
        foreach (var file in files)
        {
            var shown = Path.GetRelativePath(displayRoot, file).Replace('\\', '/');
            var template = Template.Parse(File.ReadAllText(file), shown, TemplateContextFactory.ParserOptions);
            if (template.HasErrors) errors.AddRange(template.Messages.Select(m => m.ToString()));
            templates.Add(template);
        }
        if (errors.Count > 0) throw new TemplateException(string.Join(Environment.NewLine, errors) + Environment.NewLine + TemplateException.FixParse);
        var set = new TemplateSet(stamp, [.. files.Select(Path.GetFileNameWithoutExtension).OfType<string>()], templates);
        Cache[key] = set;
        return set;
    }
}
