using System.Collections.Concurrent;
using System.Globalization;
using JuneBudget.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JuneBudget.Format;

/// <summary>
/// The 公开说明 formats of one templates folder: each templates/公开说明/⟨year⟩/ with its
/// format.yaml is a format. A workbook uses the format its cover names (公开格式), else the newest
/// format not later than its year, so next year's format is a copied folder, not a C# change.
/// Formats are read when first asked for and re-read when their file changes; a format that
/// cannot be used throws <see cref="ReportFormatException"/> naming the file.
/// </summary>
public sealed class FormatLibrary
{
    public const string FormatFileName = "format.yaml";
    private const string NarrativeFolder = "公开说明";

    private static readonly ConcurrentDictionary<string, FormatLibrary> Libraries = new(StringComparer.Ordinal);
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private readonly ConcurrentDictionary<int, (DateTime Stamp, ReportFormat Format)> loaded = new();
    private readonly string displayRoot;

    private FormatLibrary(string templatesRoot)
    {
        TemplatesRoot = templatesRoot;
        Folder = Path.Combine(templatesRoot, NarrativeFolder);
        displayRoot = Path.GetDirectoryName(templatesRoot.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)) ?? templatesRoot;
    }

    /// <summary>The formats of the repository's templates/ folder (the default of every command).</summary>
    public static FormatLibrary Repository => For(Cli.RepositoryPaths.Templates);

    /// <summary>The formats under <paramref name="templatesRoot"/> (a templates/ folder).</summary>
    public static FormatLibrary For(string templatesRoot) =>
        Libraries.GetOrAdd(Path.GetFullPath(templatesRoot), root => new FormatLibrary(root));

    public string TemplatesRoot { get; }
    /// <summary>templates/公开说明.</summary>
    public string Folder { get; }

    /// <summary>The format years present (folders named by a four-digit year), ascending.</summary>
    public IReadOnlyList<int> Years => FormatYears.In(Folder);

    /// <summary>The format of a budget year: the one the cover names, else the newest not later than the year.</summary>
    /// <param name="year">The workbook's 年度.</param>
    /// <param name="requested">The cover's 公开格式, when filled.</param>
    /// <exception cref="ReportFormatException">No such format, or its file cannot be used.</exception>
    public ReportFormat Resolve(int year, int? requested)
    {
        var years = Years;
        var known = years.Count == 0 ? "（无）" : string.Join("、", years);
        if (requested is { } wanted)
        {
            if (!years.Contains(wanted))
                throw new ReportFormatException($"封面“公开格式”为 {wanted}，但 {Shown(Folder)} 下没有该格式（现有格式：{known}）。请改选现有格式，或留空按年度选择。");
            return this[wanted];
        }
        var chosen = FormatYears.NewestUpTo(years, year);
        if (chosen == 0)
            throw new ReportFormatException($"{Shown(Folder)} 下没有 {year} 年或更早的公开说明格式（现有格式：{known}）。请在封面“公开格式”选择现有格式。");
        return this[chosen];
    }

    /// <summary>The format of folder ⟨year⟩.</summary>
    /// <exception cref="ReportFormatException">No such folder, or its format file cannot be used.</exception>
    public ReportFormat this[int year]
    {
        get
        {
            var file = Path.Combine(Folder, year.ToString(CultureInfo.InvariantCulture), FormatFileName);
            if (!File.Exists(file))
                throw new ReportFormatException($"找不到公开说明格式文件 {Shown(file)}。每个格式文件夹须有 {FormatFileName}（可复制相邻年度的文件修改）。");
            var stamp = File.GetLastWriteTimeUtc(file);
            if (loaded.TryGetValue(year, out var cached) && cached.Stamp == stamp) return cached.Format;
            var format = Load(year, file);
            loaded[year] = (stamp, format);
            return format;
        }
    }

    private ReportFormat Load(int year, string file)
    {
        var shown = Shown(file);
        FormatFile data;
        try
        {
            data = Yaml.Deserialize<FormatFile>(File.ReadAllText(file)) ?? throw Refuse(shown, "文件为空");
        }
        catch (YamlException ex)
        {
            throw new ReportFormatException($"公开说明格式文件 {shown} 第{ex.Start.Line}行第{ex.Start.Column}列无法读取：{(ex.InnerException ?? ex).Message}", ex);
        }
        if (data.Year != year) throw Refuse(shown, $"year 为 {data.Year}，与文件夹名 {year} 不符");
        var templates = Templates(data, year, shown);
        var sections = Sections(data.Sections, shown);
        var tables = Tables(data.Tables, shown);
        if (data.ReasonKeys.Count == 0 || data.ReasonKeys.Distinct(StringComparer.Ordinal).Count() != data.ReasonKeys.Count)
            throw Refuse(shown, "reason_keys 须列出各不相同的主要原因键");
        return new ReportFormat(year, file, shown, data.Numbers.Thousands, data.Terms.Numbered, templates, sections, tables, data.ReasonKeys)
        {
            SeparateTotals = Choice(shown, "comparisons.totals", data.Comparisons.Totals, "combined", "separate"),
            SeparateFiscal = Choice(shown, "comparisons.fiscal", data.Comparisons.Fiscal, "combined", "separate"),
            FiscalBudgetAgainstTotals = Choice(shown, "comparisons.fiscal_budget", data.Comparisons.FiscalBudget, "this_year", "totals"),
            GeneralBudgetVsBudget = data.Comparisons.GeneralBudgetVsBudget,
            GeneralBudgetReasons = data.Comparisons.GeneralBudgetReasons,
        };
    }

    /// <summary>Each template from the format's own folder, else from the shared folder it names.</summary>
    private List<string> Templates(FormatFile data, int year, string shown)
    {
        if (data.Templates.Count == 0) throw Refuse(shown, "templates 未列出任何模板");
        var own = Path.Combine(Folder, year.ToString(CultureInfo.InvariantCulture));
        string? shared = null;
        if (data.Shared is { } name)
        {
            // Confined to a sibling folder of 公开说明: a format file cannot reach outside templates/.
            if (!IsPlainName(name) || !Directory.Exists(Path.Combine(Folder, name)))
                throw Refuse(shown, $"shared 须是 {Shown(Folder)} 下已有的文件夹名，而不是“{name}”");
            shared = Path.Combine(Folder, name);
        }
        var files = new List<string>();
        foreach (var template in data.Templates)
        {
            if (!IsPlainName(template) || !template.EndsWith(".sbn", StringComparison.Ordinal))
                throw Refuse(shown, $"模板“{template}”须是本文件夹或 shared 文件夹中的 .sbn 文件名");
            var path = new[] { own, shared }.OfType<string>().Select(f => Path.Combine(f, template)).FirstOrDefault(File.Exists)
                ?? throw Refuse(shown, $"找不到模板 {template}（在 {Shown(own)}{(shared is null ? "" : " 和 " + Shown(shared))} 中）");
            files.Add(path);
        }
        return files;
    }

    private static List<FormatSection> Sections(List<FormatFile.SectionEntry> entries, string shown)
    {
        var sections = new List<FormatSection>();
        var open = new string?[4];
        foreach (var e in entries)
        {
            if (e.Key.Length == 0 || e.Id.Length == 0 || e.Title.Length == 0) throw Refuse(shown, "sections 的每一项须有 key、id 和 title");
            if (e.Level is < 1 or > 3 || (e.Level > 1 && open[e.Level - 1] is null))
                throw Refuse(shown, $"标题“{e.Title}”的 level 为 {e.Level}：须为 1–3，且 2、3 级标题须在上一级标题之后");
            if (sections.Any(s => s.Key == e.Key || s.Id == e.Id)) throw Refuse(shown, $"sections 中 key“{e.Key}”或 id“{e.Id}”重复");
            open[e.Level] = e.Key;
            for (var deeper = e.Level + 1; deeper < open.Length; deeper++) open[deeper] = null;
            sections.Add(new FormatSection(e.Key, e.Id, e.Level, e.Number, e.Title, e.Level > 1 ? open[e.Level - 1] : null));
        }
        var missing = SectionKeys.Required.Where(k => sections.All(s => s.Key != k)).ToList();
        if (missing.Count > 0) throw Refuse(shown, $"sections 缺少 key：{string.Join("、", missing)}");
        return sections;
    }

    private static List<(TableKind, string)> Tables(List<FormatFile.TableEntry> entries, string shown)
    {
        var tables = new List<(TableKind, string)>();
        foreach (var e in entries)
        {
            if (!Enum.TryParse<TableKind>(e.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                throw Refuse(shown, $"tables 中的 kind“{e.Kind}”不是已知的表（{string.Join("、", TableCatalog.All)}）");
            if (tables.Any(t => t.Item1 == kind)) throw Refuse(shown, $"tables 中 {e.Kind} 重复");
            // The reader finds tables by title: a title it does not know would make the table unreadable.
            if (!TableCatalog.TitleAliases(kind).Contains(e.Title, StringComparer.Ordinal))
                throw Refuse(shown, $"表“{e.Title}”不是 {e.Kind} 的已知标题（{string.Join("、", TableCatalog.TitleAliases(kind))}）");
            tables.Add((kind, e.Title));
        }
        if (tables.Count != TableCatalog.All.Count) throw Refuse(shown, $"tables 须按公开顺序列出全部 {TableCatalog.All.Count} 张表");
        return tables;
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\', ':']) < 0 && name != "." && name != "..";

    /// <summary>A two-way setting: false for <paramref name="first"/>, true for <paramref name="second"/>; anything else refuses the format.</summary>
    private static bool Choice(string shown, string key, string value, string first, string second) =>
        value == second || (value == first ? false : throw Refuse(shown, $"{key} 须为 {first} 或 {second}，而不是“{value}”"));

    private static ReportFormatException Refuse(string shown, string why) =>
        new($"公开说明格式文件 {shown} 不可用：{why}。");

    private string Shown(string path) => Path.GetRelativePath(displayRoot, path).Replace('\\', '/');
}
