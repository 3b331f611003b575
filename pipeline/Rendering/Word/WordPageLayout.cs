using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A4 with the margins of 党政机关公文 (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right
/// 26 mm), in twentieths of a point, and its line grid: 22 lines of 28 characters. Landscape
/// sections (the statutory tables) turn the page with narrower margins (10 mm top, 12 mm bottom
/// over the page number, 20 mm sides) and no grid: with the 公文 margins 公开01表 ran over three pages.
/// </summary>
internal static class WordPageLayout
{
    public const int PageWidth = 11906;   // 210 mm
    public const int PageHeight = 16838;  // 297 mm
    public const int Top = 2098;          // 37 mm
    public const int Bottom = 1984;       // 35 mm
    public const int Left = 1587;         // 28 mm
    public const int Right = 1474;        // 26 mm
    public const int HeaderDistance = 851;
    public const int FooterDistance = 992;  // the page number sits about 7 mm under the text block
    public const int WideTop = 567, WideBottom = 680, WideSide = 1134;     // 10, 12 and 20 mm
    public const int WideFooterDistance = 283;                             // 5 mm

    /// <summary>
    /// The 公文 line grid: 22 lines in the 225 mm text height (12756 ÷ 22 = 579.8 twips). Lines only:
    /// the 28 characters a line come from 三号 type in the 156 mm text width (8845 ÷ 320 = 27.6, and
    /// punctuation is compressed). A character grid (linesAndChars, charSpace −842) made LibreOffice
    /// set 18 characters a line, table cells included.
    /// </summary>
    public const int LinePitch = 579;

    /// <summary>Usable width of the text block.</summary>
    public static int TextWidth(bool landscape) => landscape ? PageHeight - 2 * WideSide : PageWidth - Left - Right;

    /// <summary>Usable height of the text block.</summary>
    public static int TextHeight(bool landscape) => landscape ? PageWidth - WideTop - WideBottom : PageHeight - Top - Bottom;

    public static SectionProperties Section(bool landscape, string footerId)
    {
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize
            {
                Width = (uint)(landscape ? PageHeight : PageWidth),
                Height = (uint)(landscape ? PageWidth : PageHeight),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            landscape
                ? new PageMargin
                {
                    Top = WideTop, Bottom = WideBottom, Left = WideSide, Right = WideSide,
                    Header = WideFooterDistance, Footer = WideFooterDistance, Gutter = 0,
                }
                : new PageMargin
                {
                    Top = Top, Bottom = Bottom, Left = (uint)Left, Right = (uint)Right,
                    Header = (uint)HeaderDistance, Footer = (uint)FooterDistance, Gutter = 0,
                });
        if (!landscape) section.Append(new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });
        return section;
    }
}
