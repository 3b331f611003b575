using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// The fonts of a Chinese official document and the font table that names a fallback for each
/// (w:altName): a machine without 方正小标宋简体 or the GB2312 fonts shows 宋体/仿宋/楷体.
/// </summary>
internal static class WordFonts
{
    public const string FangSong = "仿宋_GB2312";
    public const string HeiTi = "黑体";
    public const string KaiTi = "楷体_GB2312";
    public const string XiaoBiaoSong = "方正小标宋简体";
    public const string SongTi = "宋体";
    public const string Latin = "Times New Roman";
    public const string Mono = "Courier New";

    private static readonly (string Name, string? AltName, string Charset, FontFamilyValues Family)[] Table =
    [
        (FangSong, "仿宋", "86", FontFamilyValues.Modern),
        (HeiTi, "SimHei", "86", FontFamilyValues.Modern),
        (KaiTi, "楷体", "86", FontFamilyValues.Modern),
        (XiaoBiaoSong, SongTi, "86", FontFamilyValues.Auto),
        (SongTi, "SimSun", "86", FontFamilyValues.Auto),
        (Latin, null, "00", FontFamilyValues.Roman),
        (Mono, null, "00", FontFamilyValues.Modern),
    ];

    /// <summary>East Asian font <paramref name="eastAsia"/>, Latin letters and digits in <paramref name="latin"/>.</summary>
    public static RunFonts Fonts(string eastAsia, string latin = Latin) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin };

    public static void AddTo(MainDocumentPart main)
    {
        var fonts = new DocumentFormat.OpenXml.Wordprocessing.Fonts();
        foreach (var (name, altName, charset, family) in Table)
        {
            var font = new Font { Name = name };
            if (altName is not null) font.Append(new AltName { Val = altName });
            font.Append(new FontCharSet { Val = charset });
            font.Append(new FontFamily { Val = family });
            font.Append(new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }
        main.AddNewPart<FontTablePart>("rIdFonts").Fonts = fonts;
    }
}
