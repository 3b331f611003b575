using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A4 with the margins of 党政机关公文 (GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right
/// 26 mm), in twentieths of a point. Landscape sections (wide tables) turn the page and keep the
/// margins of the text block's edges.
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

    /// <summary>Usable width of the text block.</summary>
    public static int TextWidth(bool landscape) => (landscape ? PageHeight : PageWidth) - Left - Right;

    public static SectionProperties Section(bool landscape, string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize
        {
            Width = (uint)(landscape ? PageHeight : PageWidth),
            Height = (uint)(landscape ? PageWidth : PageHeight),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = Top, Bottom = Bottom, Left = (uint)Left, Right = (uint)Right,
            Header = (uint)HeaderDistance, Footer = (uint)FooterDistance, Gutter = 0,
        });
}
