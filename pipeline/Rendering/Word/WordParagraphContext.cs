using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>The paragraph style (and alignment) that paragraphs inside a container take: body, list, quote, table cell.</summary>
internal sealed record WordParagraphContext(string StyleId, JustificationValues? Justification = null);
