using System.Globalization;
using JuneBudget.Model;
using static JuneBudget.SampleInput.CodedTableBuilder;
using static JuneBudget.SampleInput.Seed004Profile;

namespace JuneBudget.SampleInput;

/// <summary>
/// The 15 项目支出绩效自评表 of seed 004, transcribed into data/projects.tsv and
/// data/indicators.tsv (embedded; see data/NOTES.md for every reconstructed name or text and
/// every blank cell filled by arithmetic). Columns are those of the 绩效自评 sheets.
/// Their 全年预算数 total 2,452.29 (+ 525.58 SM = 2,977.87, seed §十一).
/// </summary>
internal static class Seed004SelfEvaluations
{
    public static IReadOnlyList<ProjectEvaluation> Load(string file)
    {
        var indicators = Rows("indicators.tsv").ToLookup(r => r["项目名称"]);
        return [.. Rows("projects.tsv").Select(p => new ProjectEvaluation
        {
            Name = p["项目名称"], Department = p["主管部门"], Implementer = p["实施单位"],
            Total = Line(p, "年度资金总额"), CurrentAppropriation = Line(p, "当年财政拨款"),
            CarriedOver = p["上年结转资金_全年预算数"].Length == 0 ? null : Line(p, "上年结转资金"),
            Other = Line(p, "其他资金"),
            FundingWeight = Count(Number(p["资金分值"])),
            ExecutionRate = p["执行率"].Length == 0 ? null : Count(Number(p["执行率"].TrimEnd('%')) / 100m),
            FundingScore = Count(Number(p["资金得分"])),
            Goal = p["预期目标"], Achieved = p["实际完成情况"], TotalScore = Count(Number(p["总分"])),
            Indicators = [.. indicators[p["项目名称"]].Select(i => new PerformanceIndicator(
                i["一级指标"], i["二级指标"], i["三级指标"], i["年度指标值"], i["实际完成值"],
                Count(Number(i["分值"])), Count(Number(i["得分"])), i["偏差原因分析及改进措施"],
                new SourceRef(file, Format.SheetNames.绩效自评指标, "")))],
            Source = new SourceRef(file, Format.SheetNames.绩效自评项目, ""),
        })];
    }

    /// <summary>The transcriber's 备注 by project name (what was reconstructed), for cell comments.</summary>
    public static IReadOnlyDictionary<string, string> Notes() =>
        Rows("projects.tsv").Where(r => r["备注"].Length > 0).ToDictionary(r => r["项目名称"], r => r["备注"]);

    private static FundingLine Line(IReadOnlyDictionary<string, string> row, string prefix) => new(
        Money(Number(row[$"{prefix}_年初预算数"])), Money(Number(row[$"{prefix}_全年预算数"])),
        Money(Number(row[$"{prefix}_全年执行数"])));

    private static decimal Number(string text) =>
        text.Length == 0 ? 0m : decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string resource)
    {
        using var stream = typeof(Seed004SelfEvaluations).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"嵌入资源 {resource} 不存在");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Select(line =>
        {
            var cells = line.Split('\t');
            return (IReadOnlyDictionary<string, string>)header
                .Select((h, i) => (h, v: i < cells.Length ? cells[i].Trim() : ""))
                .ToDictionary(x => x.h, x => x.v);
        })];
    }
}
