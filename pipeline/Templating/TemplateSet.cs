using System.Collections.Concurrent;
using Scriban;

namespace JuneBudget.Templating;

/// <summary>
/// The parsed templates of one document format folder, in file-name order (the order is the
/// document's). Parsed once and reused until a file changes; every parse error of every file is
/// reported before anything is rendered.
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

    /// <param name="folder">The format folder, e.g. templates/公开说明/2024.</param>
    /// <param name="displayRoot">The folder paths in messages are relative to (the parent of templates/).</param>
    public static TemplateSet Load(string folder, string displayRoot)
    {
        if (!Directory.Exists(folder))
        {
            throw new TemplateException($"找不到模板目录 {Path.GetRelativePath(displayRoot, folder)}。请确认 templates 目录完整，或在封面选择已有模板的公开格式。");
        }
        var files = Directory.GetFiles(folder, "*.sbn").Order(StringComparer.Ordinal).ToList();
        var stamp = string.Join("|", files.Select(f => $"{f}:{File.GetLastWriteTimeUtc(f).Ticks}"));
        if (Cache.TryGetValue(folder, out var cached) && cached.Stamp == stamp) return cached;

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
        Cache[folder] = set;
        return set;
    }
}
