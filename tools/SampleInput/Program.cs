using JuneBudget.SampleInput;

// Writes the two sample workbooks of seed 004 and the one of seed 001 (with its 整体自评 sheets) into input/ (or the folder given as argument).
var folder = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot(), "input");
Directory.CreateDirectory(folder);
foreach (var (year, model) in new[] { (2024, Seed004Sample.Workbook2024()), (2023, Seed004Sample.Workbook2023()) })
{
    var path = Path.Combine(folder, Seed004Sample.FileName(year));
    SampleWorkbookWriter.Write(model, path);
    Console.WriteLine($"已写入 {path}");
}
var seed001 = Path.Combine(folder, Seed001Sample.FileName);
SampleWorkbookWriter.Write(Seed001Sample.Workbook(), seed001);
Console.WriteLine($"已写入 {seed001}");
return 0;

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "JuneBudget.sln"))) return dir.FullName;
    throw new InvalidOperationException("找不到 JuneBudget.sln：请在仓库内运行，或给出输出文件夹");
}
