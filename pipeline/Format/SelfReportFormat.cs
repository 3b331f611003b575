using System.Collections.Concurrent;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace JuneBudget.Format;

/// <summary>
/// One year's 部门整体支出绩效自评报告 format, read from templates/自评报告/⟨year⟩/format.yaml: the
/// title after the unit and year, the templates in document order and the grade bands (评价结果 by
/// total score). A second document kind is a second folder beside templates/公开说明, chosen by
/// the same rule (the newest format not later than the workbook's year).
/// </summary>
public sealed class SelfReportFormat
{
    public const string Folder = "自评报告";

    private static readonly ConcurrentDictionary<string, SelfReportFormat> Loaded = new(StringComparer.Ordinal);
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private SelfReportFormat(int year, string title, IReadOnlyList<string> templateFiles, IReadOnlyList<(string Name, decimal Min)> grades, bool capPercent)
    {
        Year = year;
        Title = title;
        TemplateFiles = templateFiles;
        Grades = grades;
        CapsPercentRates = capPercent;
    }

    public int Year { get; }
    /// <summary>The document's title after ⟨单位⟩⟨年度⟩, also its file name's.</summary>
    public string Title { get; }
    /// <summary>The templates, full paths, in document order.</summary>
    public IReadOnlyList<string> TemplateFiles { get; }
    /// <summary>The grade bands, highest first: a score gets the first band whose minimum it reaches.</summary>
    public IReadOnlyList<(string Name, decimal Min)> Grades { get; }
    /// <summary>完成率 of an indicator measured in % is at most 100% (a rate cannot be over-fulfilled).</summary>
    public bool CapsPercentRates { get; }

    /// <summary>评价结果 of a total score (compared as printed, 2 decimals).</summary>
    public string Grade(decimal score)
    {
        var rounded = Math.Round(score, 2, MidpointRounding.AwayFromZero);
        return Grades.First(g => rounded >= g.Min).Name;
    }

    /// <summary>The format for a budget year under <paramref name="templatesRoot"/>, or null when the folder holds none (no such document then).</summary>
    /// <exception cref="ReportFormatException">The format file cannot be used.</exception>
    public static SelfReportFormat? Resolve(string templatesRoot, int year)
    {
        var folder = Path.Combine(Path.GetFullPath(templatesRoot), Folder);
        var chosen = FormatYears.NewestUpTo(FormatYears.In(folder), year);
        if (chosen == 0) return null;
        var file = Path.Combine(folder, chosen.ToString(CultureInfo.InvariantCulture), FormatLibrary.FormatFileName);
        var key = file + "|" + File.GetLastWriteTimeUtc(file).Ticks.ToString(CultureInfo.InvariantCulture);
        return Loaded.GetOrAdd(key, _ => Load(chosen, file));
    }

    private static SelfReportFormat Load(int year, string file)
    {
        var shown = $"templates/{Folder}/{year}/{FormatLibrary.FormatFileName}";
        FileShape data;
        try
        {
            data = Yaml.Deserialize<FileShape>(File.ReadAllText(file)) ?? throw Refuse(shown, "文件为空");
        }
        catch (Exception ex) when (ex is YamlException or IOException)
        {
            throw new ReportFormatException($"自评报告格式文件 {shown} 无法读取：{(ex.InnerException ?? ex).Message}", ex);
        }
        if (data.Year != year) throw Refuse(shown, $"year 为 {data.Year}，与文件夹名 {year} 不符");
        if (data.Title.Length == 0) throw Refuse(shown, "title 未填写");
        var folder = Path.GetDirectoryName(file)!;
        if (data.Templates.Count == 0) throw Refuse(shown, "templates 未列出任何模板");
        var templates = new List<string>();
        foreach (var name in data.Templates)
        {
            // A plain file name of this folder: a format file cannot reach outside templates/.
            var path = Path.Combine(folder, name);
            if (name.IndexOfAny(['/', '\\', ':']) >= 0 || !name.EndsWith(".sbn", StringComparison.Ordinal) || !File.Exists(path))
                throw Refuse(shown, $"找不到模板“{name}”（须是本文件夹中的 .sbn 文件名）");
            templates.Add(path);
        }
        var grades = data.Grades.Select(g => (g.Name, g.Min)).OrderByDescending(g => g.Min).ToList();
        if (grades.Count == 0 || grades[^1].Min != 0m || grades.Any(g => g.Name.Length == 0))
            throw Refuse(shown, "grades 须列出有名称的评价等级，且最低一档的 min 为 0");
        return new SelfReportFormat(year, data.Title, templates, grades, data.CapPercentRates);
    }

    private static ReportFormatException Refuse(string shown, string why) => new($"自评报告格式文件 {shown} 不可用：{why}。");

    /// <summary>format.yaml as YamlDotNet reads it; an unknown key is an error.</summary>
    private sealed class FileShape
    {
        public int Year { get; set; }
        public string Title { get; set; } = "";
        public List<string> Templates { get; set; } = [];
        public List<GradeEntry> Grades { get; set; } = [];
        public bool CapPercentRates { get; set; }
    }

    private sealed class GradeEntry
    {
        public string Name { get; set; } = "";
        public decimal Min { get; set; }
    }
}
