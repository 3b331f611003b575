using System.Text;
using UglyToad.PdfPig;

namespace JuneBudget.Rendering.Pdf;

/// <summary>The text of each page of a PDF, whitespace removed (a PDF has no reliable spaces between CJK characters), through PdfPig.</summary>
internal static class PdfPageTexts
{
    public static IReadOnlyList<string> Read(byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            return [.. document.GetPages().Select(page => Compact(page.Text))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PdfExportException($"LibreOffice 写出的 PDF 无法读取：{e.Message}", e);
        }
    }

    public static string Compact(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) compact.Append(c);
        return compact.ToString();
    }

    /// <summary>How many pages a PDF has.</summary>
    public static int Count(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
