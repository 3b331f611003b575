using System.Globalization;
using System.IO.Compression;
using System.Text;
using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.SampleInput.Synthetic;

/// <summary>
/// Distinct, valid units for measuring a province-sized batch, deterministic from a seed: each is
/// the sample unit reshaped — 10 to 400 一般公共预算 项 (the sample's six basic 项, which its 06 table
/// matches, plus generated 项目支出 项), for some a 部门 with subordinate units, a non-empty
/// 政府性基金 table, last year's workbook beside it, or 主要原因 left blank — and 1 to 40 自评表.
/// Every table is summed from the same 项 (<see cref="Seed004Tables2024.Build(string, IReadOnlyList{Seed004Items.Line}, IReadOnlyList{Seed004Items.Line})"/>),
/// so each workbook is self-consistent and passes validation without errors.
/// </summary>
public static class SyntheticUnits
{
    /// <summary>款 that take generated 项目支出 项 (names from the sample's 款 list).</summary>
    private static readonly string[] ProjectSections = ["20604", "20699", "21103", "21505", "21508", "22401"];
    private const string FundSection = "22904";

    /// <summary>The shape one generated unit was given (what the batch exercises).</summary>
    public sealed record Shape(int Items, int SelfEvaluations, bool Subordinates, bool Fund, bool PriorWorkbook, bool ReasonsMissing);

    /// <summary>One generated unit: this year's workbook, last year's when it has one, and its shape.</summary>
    public sealed record Unit(BudgetWorkbook Workbook, BudgetWorkbook? Previous, Shape Shape);

    /// <summary>
    /// The <paramref name="index"/>-th unit (1-based) of <paramref name="seed"/>; the same arguments
    /// give the same unit. <paramref name="items"/> fixes the number of 项 (to measure growth in rows).
    /// </summary>
    public static Unit Generate(int seed, int index, int? items = null)
    {
        var random = new Random(HashCode.Combine(seed, index) & int.MaxValue);
        var drawn = random.Next(10, 401);
        var shape = new Shape(
            Items: items ?? drawn,
            SelfEvaluations: random.Next(1, 41),
            Subordinates: random.NextDouble() < 0.3,
            Fund: random.NextDouble() < 0.3,
            PriorWorkbook: random.NextDouble() < 0.4,
            ReasonsMissing: random.NextDouble() < 0.3);
        var name = UnitName(seed, index, shape);
        var file = BlankWorkbook.FileNameFor(name, 2024);
        var sample = Seed004Sample.Workbook2024();

        var basic = Seed004Items.GeneralBudget.Where(i => i.Basic && i.Y2024 != 0m).ToList();
        var lines = basic.Concat(Items(random, shape.Items - basic.Count, ProjectSections)).ToList();
        var fund = shape.Fund ? Items(random, random.Next(1, 6), [FundSection]) : [];
        var projects = SelfEvaluations(sample.Projects, shape.SelfEvaluations, name);

        var workbook = sample with
        {
            FileName = file,
            Unit = sample.Unit with
            {
                Name = name,
                HasSubordinateUnits = shape.Subordinates,
                SelfReference = shape.Subordinates ? "本部门" : sample.Unit.SelfReference,
            },
            Profile = shape.Subordinates ? sample.Profile with { MemberUnits = Members(name) } : sample.Profile,
            Tables = Seed004Tables2024.Build(file, lines, fund),
            Projects = projects,
            Performance = sample.Performance with
            {
                // E-08: 项目数 and amounts are the 自评表 plus the other evaluated projects.
                ProjectCount = new Quantity(projects.Count + sample.Performance.OtherCount.Value, null),
                Budget = new Amount(projects.Sum(p => p.Total.FullYearBudget.Value) + sample.Performance.OtherBudget.Value, null),
                Executed = new Amount(projects.Sum(p => p.Total.Executed.Value) + sample.Performance.OtherExecuted.Value, null),
            },
        };
        var previous = shape.PriorWorkbook ? LastYear(name) : null;
        workbook = workbook with { Reasons = Reasons(workbook, previous, random, shape.ReasonsMissing) };
        return new Unit(workbook, previous, shape);
    }

    /// <summary>The sample's 2023 workbook under the unit's name: the 2024 上年数 sheet was taken from it, so the two agree (Y-03).</summary>
    private static BudgetWorkbook LastYear(string name)
    {
        var sample = Seed004Sample.Workbook2023();
        return sample with { FileName = BlankWorkbook.FileNameFor(name, 2023), Unit = sample.Unit with { Name = name } };
    }

    /// <summary>
    /// Writes units 1…<paramref name="count"/> of <paramref name="seed"/> into <paramref name="folder"/>
    /// (last year's beside). With <paramref name="shapes"/>, only units 1…shapes are generated; every
    /// later unit is one of them again under its own name (unit i is unit ((i − 1) mod shapes) + 1,
    /// renamed): a batch of the same variety for a fraction of the writing time (ClosedXML writes a
    /// workbook in about 1 s of CPU; a renamed copy takes milliseconds).
    /// </summary>
    public static IReadOnlyList<Shape> WriteFolder(int seed, int count, string folder, int? shapes = null)
    {
        Directory.CreateDirectory(folder);
        var distinct = Math.Min(count, shapes ?? count);
        var result = new Shape[count];
        var names = new string[count];
        var lastYear = new Lazy<byte[]>(LastYearTemplate);
        Parallel.For(1, distinct + 1, index =>
        {
            var unit = Generate(seed, index);
            WorkbookWriter.Write(unit.Workbook, Path.Combine(folder, unit.Workbook.FileName));
            if (unit.Previous is { } previous)
                File.WriteAllBytes(Path.Combine(folder, previous.FileName), WithUnitName(lastYear.Value, NamePlaceholder, previous.Unit.Name));
            result[index - 1] = unit.Shape;
            names[index - 1] = unit.Workbook.Unit.Name;
        });
        Parallel.For(distinct + 1, count + 1, index =>
        {
            var source = (index - 1) % distinct;
            var shape = result[index - 1] = result[source];
            var name = UnitName(seed, index, shape);
            foreach (var year in shape.PriorWorkbook ? new[] { 2024, 2023 } : [2024])
            {
                var bytes = File.ReadAllBytes(Path.Combine(folder, BlankWorkbook.FileNameFor(names[source], year)));
                File.WriteAllBytes(Path.Combine(folder, BlankWorkbook.FileNameFor(name, year)), WithUnitName(bytes, names[source], name));
            }
        });
        return result;
    }

    private static string UnitName(int seed, int index, Shape shape) =>
        string.Create(CultureInfo.InvariantCulture, $"合成{seed}号测试{(shape.Subordinates ? "局" : "中心")}{index:0000}");

    /// <summary>Stands for the unit's name in <see cref="LastYearTemplate"/>; appears nowhere else.</summary>
    private const string NamePlaceholder = "JUNEBUDGET-SYNTHETIC-UNIT-NAME";

    /// <summary>
    /// Last year's workbook is the same for every unit but for the name (<see cref="LastYear"/>):
    /// ClosedXML writes it once under a placeholder name, and each unit gets a copy with its name
    /// put in. Writing a workbook with ClosedXML costs about 1 s of CPU (Build 470 ms + SaveAs
    /// 570 ms, measured on generated units), and 40 % of units have last year's.
    /// </summary>
    private static byte[] LastYearTemplate()
    {
        var path = Path.Combine(Path.GetTempPath(), "junebudget-lastyear-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            WorkbookWriter.Write(LastYear(NamePlaceholder), path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A copy of the package with <paramref name="placeholder"/> replaced by <paramref name="name"/> in every XML part, entries in the same order and with the same times.</summary>
    private static byte[] WithUnitName(byte[] template, string placeholder, string name)
    {
        var escaped = System.Security.SecurityElement.Escape(name);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(template), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                using var from = entry.Open();
                using var to = copy.Open();
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    from.CopyTo(to);
                    continue;
                }
                using var reader = new StreamReader(from, Encoding.UTF8);
                var xml = reader.ReadToEnd().Replace(System.Security.SecurityElement.Escape(placeholder), escaped, StringComparison.Ordinal);
                to.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        }
        return output.ToArray();
    }

    /// <summary><paramref name="count"/> 项 with distinct codes in <paramref name="sections"/>, 0.50 to 3,000.00 万元 each.</summary>
    private static List<Seed004Items.Line> Items(Random random, int count, string[] sections)
    {
        var taken = Seed004Items.GeneralBudget.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var items = new List<Seed004Items.Line>();
        while (items.Count < count)
        {
            var code = sections[random.Next(sections.Length)] + random.Next(1, 100).ToString("00", CultureInfo.InvariantCulture);
            if (!taken.Add(code)) continue;
            var amount = random.Next(50, 300_001) / 100m;
            items.Add(new Seed004Items.Line(code, "合成支出" + code, amount, 0m, false));
        }
        return items;
    }

    /// <summary>The sample's 15 自评表 in turn, renamed past the first round so every name is distinct.</summary>
    private static List<ProjectEvaluation> SelfEvaluations(IReadOnlyList<ProjectEvaluation> sample, int count, string unit) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var project = sample[i % sample.Count];
            var round = i / sample.Count;
            return project with
            {
                Name = round == 0 ? project.Name : string.Create(CultureInfo.InvariantCulture, $"{project.Name}（{round + 1}期）"),
                Department = unit,
                Implementer = unit,
            };
        })];

    private static List<MemberUnit> Members(string name) =>
    [
        new(1, name + "(本级)", "行政单位", new SourceRef(name, SheetNames.决算单位构成, "B4")),
        new(2, name + "信息中心", "事业单位", new SourceRef(name, SheetNames.决算单位构成, "B5")),
        new(3, name + "服务中心", "事业单位", new SourceRef(name, SheetNames.决算单位构成, "B6")),
    ];

    /// <summary>
    /// A reason for every key the document needs (the sample's own texts where it has them); for
    /// a unit with reasons missing, about a third are left blank (the draft then asks for them).
    /// </summary>
    private static ReasonBook Reasons(BudgetWorkbook workbook, BudgetWorkbook? previous, Random random, bool missing)
    {
        var prior = previous is null ? workbook.PriorYearSheet : PriorYearExtractor.FromWorkbook(previous);
        var needed = ReportFactsBuilder.Build(new UnitYear(workbook, previous, prior)).RequiredReasons.Select(r => r.Key);
        var reasons = workbook.Reasons.ByKey.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var key in needed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var blank = missing && random.NextDouble() < 0.35;
            if (blank) reasons[key] = new TextValue(string.Empty, null);
            else if (!reasons.TryGetValue(key, out var text) || text.IsBlank) reasons[key] = new TextValue("工作任务调整，相应支出变化。", null);
        }
        return new ReasonBook(reasons);
    }
}
