using System.Globalization;
using JuneBudget.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace JuneBudget.Rendering.Html;

/// <summary>
/// A statutory table or 自评表: a figure with title, code and 部门/金额单位 lines, then the table
/// (header rows in thead so print repeats them, merged cells as colspan/rowspan) in a
/// horizontal-scroll wrapper. A form (a 自评表) prints smaller; its title rows are its thead, so a
/// printed form that runs over a page repeats them. In review mode each sourced cell carries its cell reference.
/// </summary>
internal sealed class HtmlGridBlockRenderer : HtmlObjectRenderer<GridBlock>, IHtmlReviewAware
{
    public HtmlReview? Review { get; set; }

    protected override void Write(HtmlRenderer renderer, GridBlock block)
    {
        var grid = block.Table;
        renderer.EnsureLine().Write("<figure class=\"grid").Write(grid.Landscape ? " landscape" : "").Write(grid.IsForm ? " form" : "")
            .Write("\" id=\"").WriteEscape(grid.Id).WriteLine("\">");
        renderer.Write("<figcaption class=\"grid-head\">");
        renderer.Write("<span class=\"grid-title\">");
        WriteLines(renderer, grid.Title);
        renderer.Write("</span>");
        if (grid.Code is not null) renderer.Write("<span class=\"grid-code\">").WriteEscape(grid.Code).Write("</span>");
        if (grid.UnitLine is not null || grid.AmountUnitLine is not null)
        {
            renderer.Write("<span class=\"grid-meta\"><span>").WriteEscape(grid.UnitLine ?? "")
                .Write("</span><span>").WriteEscape(grid.AmountUnitLine ?? "").Write("</span></span>");
        }
        renderer.WriteLine("</figcaption>");
        renderer.WriteLine("<div class=\"table-scroll\">");
        renderer.WriteLine("<table class=\"grid-table\">");
        WriteColumns(renderer, grid);
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            if (r == 0 && grid.HeaderRowCount > 0) renderer.WriteLine("<thead>");
            if (r == grid.HeaderRowCount) renderer.WriteLine("<tbody>");
            renderer.Write("<tr>");
            for (var c = 0; c < grid.Rows[r].Count; c++) WriteCell(renderer, grid, r, c, r < grid.HeaderRowCount);
            renderer.WriteLine("</tr>");
            if (r == grid.HeaderRowCount - 1) renderer.WriteLine("</thead>");
        }
        if (grid.Rows.Count > grid.HeaderRowCount) renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("</figure>");
    }

    private static void WriteColumns(HtmlRenderer renderer, GridTable grid)
    {
        var total = (double)grid.ColumnWidths.Sum();
        renderer.Write("<colgroup>");
        foreach (var width in grid.ColumnWidths)
            renderer.Write("<col style=\"width:").Write((width / total * 100).ToString("0.##", CultureInfo.InvariantCulture)).Write("%\">");
        renderer.WriteLine("</colgroup>");
    }

    private void WriteCell(HtmlRenderer renderer, GridTable grid, int row, int index, bool inHead)
    {
        var cell = grid.Rows[row][index];
        var tag = cell.IsHeader ? "th" : "td";
        renderer.Write('<').Write(tag);
        if (cell.ColSpan > 1) renderer.Write(" colspan=\"").Write(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
        if (cell.RowSpan > 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
        if (cell.IsHeader) renderer.Write(inHead && !grid.IsForm ? " scope=\"col\"" : " scope=\"row\"");
        var align = cell.Align switch { CellAlign.Right => "num", CellAlign.Center => "center", _ => "" };
        int? finding = null;
        if (Review is not null && cell.Source is { } source)
            finding = HtmlSourceAttributes.Write(renderer, Review, HtmlReview.CellAnchor(grid, row, index), [source], (align + " sourced").Trim());
        else if (align.Length > 0)
            renderer.Write(" class=\"").Write(align).Write('"');
        renderer.Write('>');
        if (Review is not null) HtmlSourceAttributes.OpenLink(renderer, Review, finding);
        WriteLines(renderer, cell.Text);
        HtmlSourceAttributes.CloseLink(renderer, finding);
        renderer.Write("</").Write(tag).Write('>');
    }

    private static void WriteLines(HtmlRenderer renderer, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) renderer.Write("<br>");
            renderer.WriteEscape(lines[i]);
        }
    }
}
