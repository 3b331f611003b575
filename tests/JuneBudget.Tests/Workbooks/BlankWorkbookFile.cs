using ClosedXML.Excel;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

/// <summary>Writes the blank workbook `init` writes for 测试单位 and opens it.</summary>
internal static class BlankWorkbookFile
{
    public static XLWorkbook Write(string folder, int year = 2024)
    {
        var path = Path.Combine(folder, $"blank{year}.xlsx");
        WorkbookWriter.Write(BlankWorkbook.Create("测试单位", year), path, blankZeros: true);
        return new XLWorkbook(path);
    }
}
