using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using F = JuneBudget.Rendering.Word.WordFonts;
using static JuneBudget.Rendering.Word.WordStyleParts;
using S = JuneBudget.Rendering.Word.WordStyleIds;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The styles part: document defaults (仿宋_GB2312 三号, zh-CN, fixed 28 pt lines) and every named
/// style, defined once so runs carry no direct formatting. <see cref="WordStyleParts"/> spells
/// each style in Open XML.
/// </summary>
internal static class WordStyles
{
    public const int BodySize = 32;       // 三号 16 pt, in half-points
    private const int MetaSize = 21;      // 五号 10.5 pt: the lines over a table, code blocks
    private const int TableSize = 18;     // 小五 9 pt in 11 pt lines: 公开01表 (33 rows) fits one landscape page
    private const int FormSize = 18;      // 小五 9 pt: a 自评表 holds long texts in nine columns
    public const int TableLine = 220;
    private const int ExactLine = 560;    // 28 pt

    /// <summary>One CJK character of table text (五号) and of form text (小五), in twips: column widths are measured in it.</summary>
    public const int TableEm = TableSize * 10, FormEm = FormSize * 10;

    public static void AddTo(MainDocumentPart main)
    {
        var styles = new Styles(Defaults());
        styles.Append(
            Paragraph(S.Normal, "Normal", basedOn: null, isDefault: true,
                Ppr(jc: JustificationValues.Both, indentChars: 200)),
            Paragraph(S.Title, "Title", S.Normal, false,
                Ppr(jc: JustificationValues.Center, indentChars: 0, line: 720, after: 560),
                Rpr(F.XiaoBiaoSong, 44, latin: F.XiaoBiaoSong)),
            Paragraph(S.Notice, "Notice", S.Normal, false,
                Ppr(jc: JustificationValues.Center, indentChars: 0, after: 280),
                Rpr(F.HeiTi, BodySize, bold: true, color: "FF0000")),
            Heading(1, Ppr(jc: JustificationValues.Center, indentChars: 0, before: 280, after: 280, outline: 0), F.HeiTi),
            Heading(2, Ppr(indentChars: 200, outline: 1), F.HeiTi),
            Heading(3, Ppr(indentChars: 200, outline: 2), F.KaiTi),
            Heading(4, Ppr(indentChars: 200, outline: 3), F.FangSong, bold: true),
            Paragraph(S.TocHeading, "TOC Heading", S.Normal, false,
                Ppr(jc: JustificationValues.Center, indentChars: 0, after: 280), Rpr(F.HeiTi, BodySize)),
            Toc(1, 0), Toc(2, 200), Toc(3, 400),
            Paragraph(S.ListParagraph, "List Paragraph", S.Normal, false, Ppr(indentChars: 0)),
            Paragraph(S.Quote, "Quote", S.Normal, false, Ppr(indentChars: 0, leftChars: 200), Rpr(F.KaiTi, BodySize)),
            Paragraph(S.Code, "Code", S.Normal, false, Ppr(indentChars: 0, line: 0), Rpr(F.SongTi, MetaSize, latin: F.Mono)),
            HorizontalRule(),
            Paragraph(S.SectionBreak, "Section Break", S.Normal, false, Ppr(indentChars: 0, line: 20), Rpr(null, 2)),
            Paragraph(S.Footer, "footer", S.Normal, false, Ppr(jc: JustificationValues.Center, indentChars: 0, line: 0), Rpr(F.SongTi, 28)),
            Paragraph(S.TableTitle, "Table Title", S.Normal, false,
                Ppr(jc: JustificationValues.Center, indentChars: 0, line: 0, after: 60, keepNext: true), Rpr(F.XiaoBiaoSong, 36, latin: F.XiaoBiaoSong)),
            Paragraph(S.TableMeta, "Table Meta", S.Normal, false,
                Ppr(indentChars: 0, line: 240, keepNext: true), Rpr(F.SongTi, MetaSize)),
            Paragraph(S.TableText, "Table Text", S.Normal, false,
                Ppr(jc: JustificationValues.Left, indentChars: 0, line: TableLine), Rpr(F.SongTi, TableSize)),
            Paragraph(S.TableNumber, "Table Number", S.TableText, false, Ppr(jc: JustificationValues.Right)),
            Paragraph(S.TableHeader, "Table Header", S.TableText, false, Ppr(jc: JustificationValues.Center), Rpr(F.HeiTi, TableSize)),
            Paragraph(S.FormText, "Form Text", S.TableText, false, Ppr(), Rpr(F.SongTi, FormSize)),
            Paragraph(S.FormNumber, "Form Number", S.FormText, false, Ppr(jc: JustificationValues.Right)),
            Paragraph(S.FormHeader, "Form Header", S.FormText, false, Ppr(jc: JustificationValues.Center), Rpr(F.HeiTi, FormSize)),
            // Shading, not w:highlight: the schema allows highlight only on runs, and the style keeps runs bare.
            Character(S.Placeholder, "Placeholder", new RunProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFFF00" })),
            Character(S.Hyperlink, "Hyperlink", new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single })),
            Character(S.CodeChar, "Code Char", new RunProperties(new RunFonts { Ascii = F.Mono, HighAnsi = F.Mono })),
            TableGrid());
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            F.Fonts(F.FangSong),
            new Kern { Val = 2 },
            new FontSize { Val = $"{BodySize}" },
            new FontSizeComplexScript { Val = $"{BodySize}" },
            new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Before = "0", After = "0", Line = $"{ExactLine}", LineRule = LineSpacingRuleValues.Exact })));

    private static Style Heading(int level, StyleParagraphProperties ppr, string font, bool bold = false)
    {
        ppr.KeepNext = new KeepNext();
        ppr.KeepLines = new KeepLines();
        return Paragraph(S.Heading(level), $"heading {level}", S.Normal, false, ppr, Rpr(font, BodySize, bold: bold));
    }

    private static Style Toc(int level, int leftChars)
    {
        var ppr = Ppr(indentChars: 0, leftChars: leftChars);
        // A right tab with dot leader at the text width, for when Word fills in page numbers.
        ppr.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = WordPageLayout.TextWidth(false) });
        return Paragraph(S.Toc(level), $"toc {level}", S.Normal, false, ppr);
    }

    private static Style HorizontalRule()
    {
        var ppr = Ppr(indentChars: 0, line: 0);
        ppr.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" });
        return Paragraph(S.HorizontalRule, "Horizontal Rule", S.Normal, false, ppr);
    }

    private static Style TableGrid() => new(
        new StyleName { Val = "Table Grid" },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 59 },
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }),
            new TableCellMarginDefault(
                // No space over and under a line of a cell: the 11 pt line holds 9 pt type with room.
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            // Vertical centring for every cell here, not on thousands of cells.
            new StyleTableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }))
    { Type = StyleValues.Table, StyleId = S.TableGrid };
}
