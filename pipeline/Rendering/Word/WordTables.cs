using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>Shared table parts: a fixed-layout Table Grid table of given column widths, and cells.</summary>
internal static class WordTables
{
    /// <summary>Scales relative widths to twips that sum to the text width.</summary>
    public static int[] Scale(IReadOnlyList<double> relative, int textWidth)
    {
        var total = relative.Sum();
        var widths = relative.Select(w => (int)(w / total * textWidth)).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    /// <summary>
    /// Where each column starts, plus the table's right edge: a cell spanning columns c…c+n−1 is
    /// edges[c + n] − edges[c] wide (a 自评表 or statutory table has thousands of cells).
    /// </summary>
    public static int[] Edges(IReadOnlyList<int> widths)
    {
        var edges = new int[widths.Count + 1];
        for (var i = 0; i < widths.Count; i++) edges[i + 1] = edges[i] + widths[i];
        return edges;
    }

    public static Table Create(IReadOnlyList<int> widths)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyleIds.TableGrid },
            new TableWidth { Width = $"{widths.Sum()}", Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = $"{w}" })));
        return table;
    }

    /// <summary>A row that never splits across pages; header rows repeat on every page.</summary>
    public static TableRow Row(bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        return new TableRow(properties);
    }

    public static TableCell Cell(int width, int gridSpan = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = $"{width}", Type = TableWidthUnitValues.Dxa });
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        if (verticalMerge is { } merge) properties.Append(new VerticalMerge { Val = merge });
        return new TableCell(properties);
    }
}
