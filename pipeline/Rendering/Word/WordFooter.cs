using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>The footer of every section: the page number as “— 1 —” (a PAGE field), centred.</summary>
internal static class WordFooter
{
    /// <summary>Adds the footer part and returns its relationship id for the sections.</summary>
    public static string AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>("rIdFooter");
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyleIds.Footer }),
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(part);
    }
}
