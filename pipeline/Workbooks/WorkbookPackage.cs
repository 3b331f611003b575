using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace JuneBudget.Workbooks;

/// <summary>
/// Opens an .xlsx package read-only with the Open XML SDK and snapshots every worksheet in the
/// workbook's sheet order (chart and dialog sheets have no cells and are left out).
/// Throws for a damaged package; <see cref="WorkbookReader"/> turns that into a finding.
/// </summary>
internal static class WorkbookPackage
{
    public static List<SheetReader> ReadSheets(string path, string fileName)
    {
        // Share read and write so a workbook still open in Excel can be read.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var sharedStrings = SharedStringsReader.Read(workbookPart.SharedStringTablePart);
        var sheets = new List<SheetReader>();
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part) continue;
            sheets.Add(WorksheetPartReader.Read(part, fileName, sheet.Name?.Value ?? string.Empty, sharedStrings));
        }
        return sheets;
    }
}
