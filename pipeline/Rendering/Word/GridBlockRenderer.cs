using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A statutory table or 自评表 as a real Word table: title, code line, 部门/金额单位 line, header
/// rows (a 自评表's title rows) repeated on each page and kept with the first row under them, the
/// whole grid kept on one page when it fits (<see cref="WordGridHeight"/>),
/// column widths from the content (<see cref="WordColumnWidths"/>), merged cells as
/// gridSpan/vMerge, numbers right-aligned. Landscape grids are put in their own section by
/// <see cref="WordRenderer"/>.
/// </summary>
internal sealed class GridBlockRenderer : WordObjectRenderer<GridBlock>
{
    protected override void Write(WordRenderer renderer, GridBlock block)
    {
        var grid = block.Table;
        IReadOnlyList<IReadOnlyList<PlacedCell>> rows;
        try { rows = GridGeometry.Place(grid); }
        catch (ArgumentException e) { throw new DocumentRenderException($"Markdown 第 {block.Line + 1} 行：{e.Message}", e); }

        var textWidth = renderer.Sections.TextWidth;
        var form = grid.IsForm;
        renderer.WriteText(renderer.AddParagraph(WordStyleIds.TableTitle), grid.Title);
        if (grid.Code is not null)
            renderer.WriteText(renderer.AddParagraph(WordStyleIds.TableMeta, JustificationValues.Right), grid.Code);
        if (grid.UnitLine is not null || grid.AmountUnitLine is not null)
            UnitLine(renderer, grid, textWidth);

        var em = form ? WordStyles.FormEm : WordStyles.TableEm;
        var widths = WordColumnWidths.Fit(grid, rows, textWidth, em);
        var keepTogether = WordGridHeight.FitsOnePage(rows, widths, em, renderer.Sections.TextHeight);
        var table = WordTables.Create(widths);
        var edges = WordTables.Edges(widths);
        foreach (var row in rows)
        {
            var header = row[0].Row < grid.HeaderRowCount;
            var tr = WordTables.Row(header);
            foreach (var slot in row)
            {
                var cell = slot.Cell;
                var merge = slot.IsContinuation ? MergedCellValues.Continue : cell.RowSpan > 1 ? MergedCellValues.Restart : (MergedCellValues?)null;
                var width = edges[slot.Column + cell.ColSpan] - edges[slot.Column];
                var tc = WordTables.Cell(width, cell.ColSpan, merge);
                renderer.PushContainer(tc);
                var paragraph = renderer.AddParagraph(StyleOf(cell, form), cell.Align == CellAlign.Center && !cell.IsHeader ? JustificationValues.Center : null);
                // A grid that fits a page is kept on one (every row keeps with the next); a taller one flows
                // across pages with its header (title) rows repeated and kept with the first row under them.
                if (header || (keepTogether && slot.Row < grid.Rows.Count - 1)) paragraph.ParagraphProperties!.KeepNext = new KeepNext();
                if (!slot.IsContinuation)
                    renderer.WriteText(paragraph, cell.IsHeader ? WordColumnWidths.BalanceHeader(cell.Text, width, em) : cell.Text);
                renderer.PopContainer();
                tr.Append(tc);
            }
            table.Append(tr);
        }
        renderer.AddTable(table);
    }

    /// <summary>Table styles, or the smaller form styles (小五) for a form such as a 自评表, so that it fits one page.</summary>
    private static string StyleOf(GridCell cell, bool form) =>
        cell.IsHeader ? (form ? WordStyleIds.FormHeader : WordStyleIds.TableHeader)
        : cell.Align == CellAlign.Right ? (form ? WordStyleIds.FormNumber : WordStyleIds.TableNumber)
        : form ? WordStyleIds.FormText : WordStyleIds.TableText;

    /// <summary>部门：⟨单位⟩ at the left and 金额单位：万元 at the right, on one line (a right tab at the text width).</summary>
    private static void UnitLine(WordRenderer renderer, GridTable grid, int textWidth)
    {
        var paragraph = renderer.AddParagraph(WordStyleIds.TableMeta);
        paragraph.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth });
        if (grid.UnitLine is not null) renderer.WriteText(paragraph, grid.UnitLine);
        if (grid.AmountUnitLine is not null)
        {
            paragraph.AppendChild(new Run(new TabChar()));
            renderer.WriteText(paragraph, grid.AmountUnitLine);
        }
    }
}
