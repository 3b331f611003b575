using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Document settings. <c>w:updateFields</c> asks Word to refresh fields when the file is opened:
/// Word shows “此文档包含可能引用其他文件的域，是否更新？”; answering 是 fills the 目录's page
/// numbers. WPS and LibreOffice ignore the flag and show the pre-rendered 目录 (titles without page
/// numbers) until the reader updates the field (右键 → 更新域 / 更新目录).
/// </summary>
internal static class WordSettings
{
    public static void AddTo(MainDocumentPart main)
    {
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new UpdateFieldsOnOpen { Val = true },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }
}
