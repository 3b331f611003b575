using JuneBudget.Markdown;
using JuneBudget.Rendering.Word;

namespace JuneBudget.Rendering.Pdf;

/// <summary>
/// The Word draft and its PDF, with the 目录's page numbers filled in: the .docx is rendered by
/// LibreOffice, the page of each heading is read from that rendering, and the .docx is written
/// again with those numbers and converted once more. Numbers in the 目录 can move a page break of
/// the 目录 itself, so the rendering is read again and the loop repeats (at most three renderings)
/// until the numbers hold.
/// </summary>
internal static class PdfDraft
{
    private const int MaxRenderings = 3;

    public static (byte[] Docx, byte[] Pdf) Write(ReportDocument document, WordOptions options, LibreOffice office)
    {
        var entries = document.ContentsEntries.ToList();
        IReadOnlyDictionary<string, int>? pages = null;
        byte[] docx = [], pdf = [];
        for (var rendering = 0; rendering < MaxRenderings; rendering++)
        {
            docx = Docx(document, options with { ContentsPages = pages });
            pdf = office.ToPdf(docx);
            if (document.Contents is null || entries.Count == 0) break;
            var located = ContentsPages.Locate(entries, PdfPageTexts.Read(pdf));
            if (pages is not null && Same(pages, located)) break;
            pages = located;
        }
        return (docx, pdf);
    }

    private static byte[] Docx(ReportDocument document, WordOptions options)
    {
        using var stream = new MemoryStream();
        WordReportWriter.Write(document, stream, options);
        return stream.ToArray();
    }

    private static bool Same(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && v == e.Value);
}
