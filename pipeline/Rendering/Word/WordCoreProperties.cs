using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// docProps/core.xml written as a part of its own (System.IO.Packaging's PackageProperties would
/// name it after a random GUID). Dates come from the budget year, never from the clock; the title
/// is the document's own (from the template), left out when it has none.
/// </summary>
internal static class WordCoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void AddTo(WordprocessingDocument package, WordOptions options, string? title)
    {
        var date = $"{options.Year:0000}-12-31T00:00:00Z";
        var core = new XDocument(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp), new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms), new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            title is null ? null : new XElement(Dc + "title", title),
            new XElement(Dc + "creator", options.UnitName),
            new XElement(Cp + "lastModifiedBy", options.UnitName),
            new XElement(Dc + "language", "zh-CN"),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date)));
        var part = package.AddCoreFilePropertiesPart();
        package.ChangeIdOfPart(part, "rIdCore");
        using var stream = part.GetStream(FileMode.Create);
        core.Save(stream, SaveOptions.DisableFormatting);
    }
}
