using System.Globalization;
using JuneBudget.SampleInput;
using JuneBudget.SampleInput.Synthetic;

// Writes the two sample workbooks of seed 004 and the one of seed 001 (with its 整体自评 sheets) into input/ (or the folder given as argument).
// `synthetic SEED COUNT FOLDER` writes COUNT distinct generated units instead (docs/performance.md).
// `synthetic SEED COUNT FOLDER --shapes K` generates units 1…K and writes every later unit as one of them renamed (fast).
if (args is ["synthetic", var seedText, var countText, var target, ..] && (args.Length == 4 || args is [_, _, _, _, "--shapes", _]))
{
    int? distinct = args.Length == 6 ? int.Parse(args[5], CultureInfo.InvariantCulture) : null;
    var shapes = SyntheticUnits.WriteFolder(int.Parse(seedText, CultureInfo.InvariantCulture), int.Parse(countText, CultureInfo.InvariantCulture), target, distinct);
    Console.WriteLine($"{shapes.Count} units in {Path.GetFullPath(target)}: {shapes.Sum(s => s.Items)} 项 rows, "
        + $"{shapes.Count(s => s.Subordinates)} with subordinate units, {shapes.Count(s => s.Fund)} with 政府性基金, "
        + $"{shapes.Count(s => s.PriorWorkbook)} with last year's workbook, {shapes.Count(s => s.ReasonsMissing)} with reasons missing, "
        + $"{shapes.Sum(s => s.SelfEvaluations)} 自评表");
    return 0;
}
foreach (var path in BundledSamples.Write(args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "input")))
    Console.WriteLine($"已写入 {path}");
return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "JuneBudget.sln"))) return dir.FullName;
    throw new InvalidOperationException("找不到 JuneBudget.sln：请在仓库内运行，或给出输出文件夹");
}
