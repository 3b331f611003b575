using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Tests.Checking;

/// <summary>
/// Edits a generated .docx the way a reviewer does in Word, through the Open XML SDK: replace text
/// inside a paragraph, swap two paragraphs, add a paragraph. A paragraph whose text is edited is
/// rewritten as one run (Word often splits and merges runs on its own; the checker reads text only).
/// </summary>
internal sealed class DraftEdits
{
    private byte[] _bytes;

    public DraftEdits(byte[] docx) => _bytes = docx;

    public DraftEdits Replace(string oldText, string newText) => Edit(document =>
    {
        var paragraph = Find(document, oldText);
        SetText(paragraph, TextOf(paragraph).Replace(oldText, newText, StringComparison.Ordinal));
    });

    public DraftEdits Swap(string inFirst, string inSecond) => Edit(document =>
    {
        var a = Find(document, inFirst);
        var b = Find(document, inSecond);
        var aText = TextOf(a);
        SetText(a, TextOf(b));
        SetText(b, aText);
    });

    public DraftEdits AddParagraphAfter(string inParagraph, string text) => Edit(document =>
    {
        var paragraph = Find(document, inParagraph);
        var added = (Paragraph)paragraph.CloneNode(true);
        SetText(added, text);
        paragraph.InsertAfterSelf(added);
    });

    /// <summary>Replaces the whole text of the first table cell of <paramref name="table"/> (0-based, in document order) that reads <paramref name="oldText"/>.</summary>
    public DraftEdits ReplaceCell(int table, string oldText, string newText) => Edit(document =>
    {
        var cell = document.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(table).Descendants<TableCell>()
            .First(c => string.Concat(c.Descendants<Text>().Select(t => t.Text)) == oldText);
        SetText(cell.Elements<Paragraph>().First(), newText);
    });

    public byte[] Bytes() => _bytes;

    private DraftEdits Edit(Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(_bytes);
        using (var document = WordprocessingDocument.Open(stream, true)) edit(document);
        _bytes = stream.ToArray();
        return this;
    }

    private static Paragraph Find(WordprocessingDocument document, string text) =>
        document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Single(p => TextOf(p).Contains(text, StringComparison.Ordinal));

    private static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    private static void SetText(Paragraph paragraph, string text)
    {
        var runs = paragraph.Elements<Run>().ToList();
        var keep = runs[0];
        foreach (var run in runs.Skip(1)) run.Remove();
        foreach (var t in keep.Elements<Text>().Skip(1).ToList()) t.Remove();
        keep.GetFirstChild<Text>()!.Text = text;
        keep.GetFirstChild<Text>()!.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
    }
}
