using JuneBudget.Cli;
using JuneBudget.Publishing;
using JuneBudget.Workbooks;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `init` command: a blank input workbook in the project's format for one unit and year.
/// Never overwrites an existing file (a department's filled workbook is irreplaceable).
/// </summary>
public static class InitRun
{
    public static int Execute(string unit, int year, string? outFile)
    {
        if (string.IsNullOrWhiteSpace(unit) || year is < 2000 or > 2100)
        {
            Console.Error.WriteLine("请提供单位全称（--unit）和四位年度（--year，如 2024）。");
            return ExitCodes.Failure;
        }
        var path = Path.GetFullPath(outFile ?? Path.Combine(RepositoryPaths.Input, SafeFileNames.Sanitize(BlankWorkbook.FileNameFor(unit.Trim(), year))));
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"文件已存在，未覆盖：{path}。请换一个文件名（--out）或先移走原文件。");
            return ExitCodes.Failure;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var workbook = WorkbookWriter.Build(BlankWorkbook.Create(unit.Trim(), year), blankZeros: true);
        AtomicFileWriter.Write(path, workbook.SaveAs);
        Console.WriteLine($"已生成空白工作簿：{path}");
        return ExitCodes.Ok;
    }
}
