namespace JuneBudget.Tests.Workbooks;

/// <summary>SpreadsheetML snippets for <see cref="RawXlsx"/> sheets.</summary>
internal static class RawCells
{
    public static string Inline(string cell, string text) => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{text}</t></is></c>";

    public static string Shared(string cell, int index) => $"<c r=\"{cell}\" t=\"s\"><v>{index}</v></c>";

    public static string Number(string cell, string stored) => $"<c r=\"{cell}\"><v>{stored}</v></c>";

    public static string Rows(params string[] rows) => "<sheetData>" + string.Concat(rows) + "</sheetData>";

    public static string Row(int r, params string[] cells) => $"<row r=\"{r}\">" + string.Concat(cells) + "</row>";
}
