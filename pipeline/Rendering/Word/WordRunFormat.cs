using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>The formatting of the runs being written: a character style plus emphasis.</summary>
internal readonly record struct WordRunFormat(string? CharacterStyle, bool Bold, bool Italic)
{
    public RunProperties? ToRunProperties()
    {
        if (CharacterStyle is null && !Bold && !Italic) return null;
        var rpr = new RunProperties();
        if (CharacterStyle is not null) rpr.RunStyle = new RunStyle { Val = CharacterStyle };
        if (Bold) rpr.Bold = new Bold();
        if (Italic) rpr.Italic = new Italic();
        return rpr;
    }
}
