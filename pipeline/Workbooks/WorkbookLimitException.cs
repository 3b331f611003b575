namespace JuneBudget.Workbooks;

/// <summary>
/// A workbook beyond <see cref="ReaderLimits"/>: thrown by the reader's parts, turned by
/// <see cref="WorkbookReader"/> into one finding for the file (the workbook is not used).
/// <see cref="Exception.Message"/> is Chinese and names the sheet (and cell) where there is one.
/// </summary>
internal sealed class WorkbookLimitException(string message) : Exception(message);
