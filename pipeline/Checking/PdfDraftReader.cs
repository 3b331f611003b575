using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace JuneBudget.Checking;

/// <summary>
/// Reads the text of a published PDF (PdfPig 0.1.16), page by page and line by line, into
/// <see cref="DraftBlock"/>s with their page (<see cref="PlainTextBlocks"/>). A PDF has no tables
/// as such: its tables' text becomes lines, checked as sentences where they have numbers.
/// </summary>
public static class PdfDraftReader
{
    /// <exception cref="DraftReadException">The file is not a readable PDF.</exception>
    public static IReadOnlyList<DraftBlock> Read(Stream pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var lines = new List<(string, int?)>();
            foreach (Page page in document.GetPages())
            {
                var text = ContentOrderTextExtractor.GetText(page);
                lines.AddRange(text.Split('\n').Select(l => (l, (int?)page.Number)));
            }
            return PlainTextBlocks.From(lines);
        }
        catch (Exception ex) when (ex is not DraftReadException and not OutOfMemoryException)
        {
            // PdfPig throws its own exception types for damaged files; all mean "cannot be read".
            throw new DraftReadException($"无法读取 PDF 文件：{ex.Message}", ex);
        }
    }
}
