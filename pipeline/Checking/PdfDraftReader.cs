using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace JuneBudget.Checking;

/// <summary>
/// Reads the text of a published PDF (PdfPig 0.1.16), page by page and line by line, into
/// <see cref="DraftBlock"/>s with their page (<see cref="PlainTextBlocks"/>). A PDF has no tables as
/// such: a 公开表 is known by its 金额单位 line, and from there to the next heading (or sentence) its
/// words are put into rows by their position on the page (same baseline) and into cells by the gaps
/// between them; the table may run on over the following pages. Other text is read in content order.
/// </summary>
public static class PdfDraftReader
{
    /// <summary>Words whose baselines differ by less than this (points) are on one line: a table's numbers and names share a baseline.</summary>
    private const double SameLine = 2;

    /// <summary>A gap wider than this (points) between two words of a line separates two cells; within a cell PdfPig's words touch (公开 01 表: 2.2).</summary>
    private const double CellGap = 3;

    /// <summary>A line of one cell longer than this is a sentence, not a table's row (the longest 科目名称 of the tables has 26 characters).</summary>
    private const int LongestCell = 40;

    /// <exception cref="DraftReadException">The file is not a readable PDF.</exception>
    public static IReadOnlyList<DraftBlock> Read(Stream pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var lines = new List<PlainTextBlocks.Line>();
            List<IReadOnlyList<string>>? table = null;
            var tablePage = 0;
            void EndTable()
            {
                if (table is { Count: > 0 }) lines.Add(new PlainTextBlocks.Line("", tablePage, table));
                table = null;
            }
            foreach (Page page in document.GetPages())
            {
                var rows = Rows(page);
                if (table is null && !rows.Any(r => string.Concat(r).Contains("金额单位", StringComparison.Ordinal)))
                {
                    lines.AddRange(ContentOrderTextExtractor.GetText(page).Split('\n').Select(l => new PlainTextBlocks.Line(l, page.Number)));
                    continue;
                }
                foreach (var row in rows)
                {
                    var text = string.Concat(row);
                    if (PlainTextBlocks.PageNumber().IsMatch(text)) continue;
                    if (table is not null)
                    {
                        var ends = row.Count == 1 && (HeadingShapes.Classify(text, page.Number).Kind == DraftBlockKind.Heading || text.EndsWith('。') || text.Length > LongestCell);
                        if (!ends)
                        {
                            table.Add(row);
                            continue;
                        }
                        EndTable();
                    }
                    lines.Add(new PlainTextBlocks.Line(text, page.Number));
                    if (text.Contains("金额单位", StringComparison.Ordinal))
                    {
                        table = [];
                        tablePage = page.Number;
                    }
                }
            }
            EndTable();
            return PlainTextBlocks.From(lines);
        }
        catch (Exception ex) when (ex is not DraftReadException and not OutOfMemoryException)
        {
            // PdfPig throws its own exception types for damaged files; all mean "cannot be read".
            throw new DraftReadException($"无法读取 PDF 文件：{ex.Message}", ex);
        }
    }

    /// <summary>The page's words as lines (top to bottom) of cells (left to right).</summary>
    private static List<IReadOnlyList<string>> Rows(Page page)
    {
        var rows = new List<IReadOnlyList<string>>();
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ToList();
        var start = 0;
        while (start < words.Count)
        {
            var end = start + 1;
            while (end < words.Count && words[start].BoundingBox.Bottom - words[end].BoundingBox.Bottom < SameLine) end++;
            var line = words.Skip(start).Take(end - start).OrderBy(w => w.BoundingBox.Left).ToList();
            var cells = new List<string>();
            var cell = line[0].Text;
            for (var i = 1; i < line.Count; i++)
            {
                if (line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right > CellGap)
                {
                    cells.Add(cell);
                    cell = "";
                }
                cell += line[i].Text;
            }
            cells.Add(cell);
            rows.Add(cells);
            start = end;
        }
        return rows;
    }
}
