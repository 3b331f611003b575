using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Checking;

/// <summary>
/// Reads a .docx (ours, edited in Word, or written by hand) into <see cref="DraftBlock"/>s: the
/// body's paragraphs and tables in order. The 目录 (a content control) and the unpublishable
/// notice are not text a reviewer writes and are skipped; headings are known by their style
/// (Heading1…3) or, in a document without heading styles, by their numbering (<see cref="HeadingShapes"/>).
/// Whitespace is dropped from all text.
/// </summary>
public static class DocxDraftReader
{
    /// <exception cref="DraftReadException">The file is not a readable Word document.</exception>
    public static IReadOnlyList<DraftBlock> Read(Stream docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DraftReadException("Word 文档没有正文。");
            var blocks = new List<DraftBlock>();
            foreach (var element in body.ChildElements) Add(blocks, element);
            return HeadingShapes.MarkCaptions(blocks);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new DraftReadException($"无法读取 Word 文档：{ex.Message}", ex);
        }
    }

    private static void Add(List<DraftBlock> blocks, OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
                var text = Text(paragraph);
                if (style is "Notice" or "TOCHeading" || style.StartsWith("TOC", StringComparison.Ordinal) || text.Trim().Length == 0) return;
                if (style == "Title") blocks.Add(new DraftBlock(DraftBlockKind.Title, text.Trim()));
                else if (style.StartsWith("Heading", StringComparison.Ordinal) && int.TryParse(style.AsSpan(7), out var level))
                    blocks.Add(new DraftBlock(DraftBlockKind.Heading, text.Trim(), level));
                else if (style.StartsWith("Table", StringComparison.Ordinal)) blocks.Add(new DraftBlock(DraftBlockKind.Caption, text.Trim()));
                else blocks.Add(HeadingShapes.Classify(text.Trim(), null));
                break;
            case Table table:
                var rows = table.Elements<TableRow>()
                    .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("", c.Elements<Paragraph>().Select(Text)).Trim())])
                    .ToList();
                blocks.Add(new DraftBlock(DraftBlockKind.Table, "", Rows: rows));
                break;
            case SdtBlock:
                // The 目录 field: generated from the headings, not text a reviewer writes.
                break;
        }
    }

    private static string Text(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node is Text t) text.Append(t.Text);
        }
        // Whitespace carries nothing in Chinese text, and a hand-written document may have spaces inside numbers ("35. 00").
        return string.Concat(text.ToString().Where(c => !char.IsWhiteSpace(c)));
    }
}
