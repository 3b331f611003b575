using JuneBudget.Cli;
using JuneBudget.Format;
using JuneBudget.Publishing;
using JuneBudget.Workbooks;

namespace JuneBudget.Orchestration;

/// <summary>
/// The `init` command: a blank input workbook in the project's format for one unit and year.
/// Never overwrites an existing file (a department's filled workbook is irreplaceable).
/// </summary>
public static class InitRun
{
    public static int Execute(string unit, int year, string? outFile) => Execute(unit, year, outFile, Format.FormatLibrary.Repository);

    /// <summary>The blank workbook in the format of <paramref name="year"/> among <paramref name="formats"/> (its table order and 主要原因 keys).</summary>
    internal static int Execute(string unit, int year, string? outFile, Format.FormatLibrary formats)
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
        Format.ReportFormat format;
        try
        {
            format = formats.Resolve(year, null);
        }
        catch (Format.ReportFormatException ex)
        {
            // Refused before writing: a workbook in a format that cannot be built would fail later.
            Console.Error.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var workbook = WorkbookWriter.Build(BlankWorkbook.Create(unit.Trim(), year, format), blankZeros: true);
        AtomicFileWriter.Write(path, workbook.SaveAs);
        Console.WriteLine($"已生成空白工作簿：{path}");
        return ExitCodes.Ok;
    }
}
