using Markdig.Extensions.Tables;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A pipe table: column widths from the separator row (InferColumnWidthsFromSeparator), alignment
/// from its colons, header rows repeated on each page.
/// </summary>
internal sealed class TableRenderer : WordObjectRenderer<Table>
{
    protected override void Write(WordRenderer renderer, Table table)
    {
        var definitions = table.ColumnDefinitions;
        var columns = Math.Max(definitions.Count, table.Cast<TableRow>().Select(r => r.Count).DefaultIfEmpty(1).Max());
        var relative = Enumerable.Range(0, columns)
            .Select(i => i < definitions.Count && definitions[i].Width > 0 ? definitions[i].Width : 100.0 / columns).ToList();
        var widths = WordTables.Scale(relative, renderer.Sections.TextWidth);
        var word = WordTables.Create(widths);
        foreach (TableRow row in table)
        {
            var tr = WordTables.Row(row.IsHeader);
            for (var i = 0; i < columns; i++)
            {
                var tc = WordTables.Cell(widths[i]);
                if (i < row.Count)
                {
                    var alignment = i < definitions.Count ? definitions[i].Alignment : null;
                    renderer.PushContainer(tc);
                    renderer.PushParagraphContext(new WordParagraphContext(
                        row.IsHeader ? WordStyleIds.TableHeader : WordStyleIds.TableText, Justify(alignment)));
                    renderer.WriteChildren((TableCell)row[i]);
                    renderer.PopParagraphContext();
                    renderer.PopContainer();
                }
                // A Word cell must contain at least one paragraph.
                if (!tc.Elements<W.Paragraph>().Any())
                    tc.Append(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = WordStyleIds.TableText })));
                tr.Append(tc);
            }
            word.Append(tr);
        }
        renderer.AddTable(word);
    }

    private static W.JustificationValues? Justify(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Center => W.JustificationValues.Center,
        TableColumnAlign.Right => W.JustificationValues.Right,
        TableColumnAlign.Left => W.JustificationValues.Left,
        _ => null,
    };
}
