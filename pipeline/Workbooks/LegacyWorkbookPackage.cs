using System.Text;
using ExcelDataReader;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads a legacy .xls (BIFF, what many finance systems still export) with ExcelDataReader into
/// the same <see cref="SheetReader"/> snapshots as an .xlsx, through the same
/// <see cref="SheetBuilder"/> limits and text cleaning. ExcelDataReader gives a date-formatted
/// number as a <see cref="DateTime"/>; it becomes an <see cref="ExcelDate"/>. Old .xls files
/// store text in a code page, hence the code-page encodings are registered once.
/// </summary>
internal static class LegacyWorkbookPackage
{
    static LegacyWorkbookPackage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The workbook's sheets (only those <paramref name="wanted"/> names, when given: the other
    /// sheets' cells are not even decoded, so identifying a workbook by its cover reads one sheet,
    /// as for an .xlsx).
    /// </summary>
    public static List<SheetReader> ReadSheets(Stream stream, ContentGuard guard, Func<string, bool>? wanted = null)
    {
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        var sheets = new List<SheetReader>();
        do
        {
            var name = CellText.Clean(reader.Name ?? string.Empty).Text;
            if (wanted is not null && !wanted(name)) continue; // on to NextResult
            var sheet = new SheetBuilder(guard, name);
            while (reader.Read())
            {
                var row = reader.Depth + 1;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    sheet.Add(row, i + 1, reader.GetValue(i) switch
                    {
                        DateTime date => new ExcelDate(date.ToOADate()),
                        int n => (double)n,
                        var value => value,
                    });
                }
            }
            foreach (var range in reader.MergeCells ?? [])
                sheet.AddMerge((range.FromRow + 1, range.FromColumn + 1), (range.ToRow + 1, range.ToColumn + 1));
            sheets.Add(sheet.Build());
        }
        while (reader.NextResult());
        return sheets;
    }
}
