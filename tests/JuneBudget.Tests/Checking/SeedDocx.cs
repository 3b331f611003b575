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
    public static byte[] From(string seedText)
    {
        var blocks = PlainTextBlocks.From(seedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => (l, (int?)null)));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var block in blocks.Where(b => b.Kind != DraftBlockKind.Table))
                body.Append(new Paragraph(new Run(new Text(block.Text))));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }
}
