using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Checking;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// A seed's text (PDF extraction) as the hand-written .docx it was made from: its lines joined
/// into paragraphs as <see cref="PlainTextBlocks"/> joins them, one Word paragraph each, no styles
/// (a department's own document has none of ours).
/// </summary>
internal static class SeedDocx
{
    public static byte[] From(string seedText) => From(seedText, null);

    /// <summary>
    /// The same with the statutory tables (公开01表…) of <paramref name="tablesFrom"/> (a .docx the generator wrote from the
    /// unit's workbook) attached at the end, as a department attaches them: each with its caption lines as plain
    /// paragraphs (no styles) and the table as Word wrote it.
    /// </summary>
    public static byte[] From(string seedText, byte[]? tablesFrom)
    {
        var blocks = PlainTextBlocks.From(seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => (l, (int?)null)));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks.Where(b => b.Kind != DraftBlockKind.Table))
                body.Append(new Paragraph(new Run(new Text(block.Text))));
            if (tablesFrom is not null) AppendStatutoryTables(body, tablesFrom);
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void AppendStatutoryTables(Body body, byte[] docx)
    {
        using var source = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var captions = new List<string>();
        foreach (var element in source.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            if (element is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Table", StringComparison.Ordinal) == true)
            {
                captions.Add(paragraph.InnerText);
                continue;
            }
            if (element is Table table && captions.Any(c => System.Text.RegularExpressions.Regex.IsMatch(c, @"公开\d+表")))
            {
                foreach (var caption in captions) body.Append(new Paragraph(new Run(new Text(caption))));
                body.Append((Table)table.CloneNode(true));
            }
            captions.Clear();
        }
    }
}
