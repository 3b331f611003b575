using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Document settings. No <c>w:updateFields</c>: with it Word asks “此文档包含可能引用其他文件的域，
/// 是否更新？” on every opening. The 目录 is a TOC field whose result is written out already (see
/// <see cref="WordTableOfContents"/>), with page numbers when a LibreOffice rendering gave them;
/// 右键 → 更新域 refreshes it in Word or WPS after an edit.
/// </summary>
internal static class WordSettings
{
    public static void AddTo(MainDocumentPart main)
    {
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }
}
