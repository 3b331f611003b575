using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Tests.Rendering;

/// <summary>
/// Reads a produced .docx back: a normalised dump of word/document.xml (paragraph style, key
/// paragraph and run properties, run text, tables, sections) for golden files, and the body text.
/// </summary>
internal static class DocxInspector
{
    public static string Dump(WordprocessingDocument document)
    {
        var dump = new StringBuilder();
        foreach (var element in document.MainDocumentPart!.Document.Body!.ChildElements) DumpBlock(dump, element, "");
        return dump.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>The text a reader reads in the body, excluding the front matter the writer adds (notice, title, 目录).</summary>
    public static string BodyText(WordprocessingDocument document)
    {
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            if (paragraph.Ancestors<SdtBlock>().Any()) continue;
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style is "Title" or "Notice") continue;
            foreach (var t in paragraph.Descendants<Text>()) text.Append(t.Text);
        }
        return text.ToString();
    }

    private static void DumpBlock(StringBuilder dump, OpenXmlElement element, string indent)
    {
        switch (element)
        {
            case Paragraph paragraph:
                dump.Append(indent).Append(DescribeParagraph(paragraph)).Append(": ").Append(Inlines(paragraph)).Append('\n');
                if (paragraph.ParagraphProperties?.SectionProperties is { } sectionInParagraph)
                    dump.Append(indent).Append(DescribeSection(sectionInParagraph)).Append('\n');
                break;
            case Table table:
                var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value);
                dump.Append(indent).Append("TABLE grid=").Append(string.Join(',', widths)).Append('\n');
                foreach (var row in table.Elements<TableRow>())
                {
                    var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null ? " header" : "";
                    dump.Append(indent).Append("  ROW").Append(header).Append('\n');
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var properties = cell.TableCellProperties!;
                        var span = properties.GridSpan?.Val?.Value is int s ? $" span={s}" : "";
                        var merge = properties.VerticalMerge is { } vm ? $" vmerge={(vm.Val?.Value == MergedCellValues.Restart ? "restart" : "continue")}" : "";
                        dump.Append(indent).Append("    CELL").Append(span).Append(merge).Append('\n');
                        foreach (var child in cell.Elements<Paragraph>()) DumpBlock(dump, child, indent + "      ");
                    }
                }
                break;
            case SdtBlock sdt:
                dump.Append(indent).Append("SDT ").Append(sdt.SdtProperties?.Descendants<DocPartGallery>().FirstOrDefault()?.Val?.Value).Append('\n');
                foreach (var child in sdt.SdtContentBlock!.ChildElements) DumpBlock(dump, child, indent + "  ");
                break;
            case SectionProperties section:
                dump.Append(indent).Append(DescribeSection(section)).Append('\n');
                break;
            default:
                dump.Append(indent).Append("?? ").Append(element.LocalName).Append('\n');
                break;
        }
    }

    private static string DescribeParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var parts = new List<string> { "P " + (properties?.ParagraphStyleId?.Val?.Value ?? "(none)") };
        if (properties?.PageBreakBefore is not null) parts.Add("pageBreakBefore");
        if (properties?.Justification?.Val?.Value is { } jc) parts.Add("jc=" + jc);
        if (properties?.NumberingProperties is { } numbering)
            parts.Add($"num={numbering.NumberingId?.Val?.Value}/{numbering.NumberingLevelReference?.Val?.Value}");
        if (properties?.Tabs is not null) parts.Add("tabs");
        return string.Join(' ', parts);
    }

    private static string DescribeSection(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var orientation = size.Orient?.Value == PageOrientationValues.Landscape ? "landscape" : "portrait";
        var footer = section.Elements<FooterReference>().Any() ? " footer" : "";
        return $"SECTION {orientation} {size.Width}x{size.Height} margins t{margin.Top} b{margin.Bottom} l{margin.Left} r{margin.Right}{footer}";
    }

    private static string Inlines(OpenXmlElement container)
    {
        var text = new StringBuilder();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case ParagraphProperties: break;
                case Run run: text.Append(DescribeRun(run)); break;
                case Hyperlink link:
                    text.Append("<link ").Append(link.Anchor?.Value is { } anchor ? "#" + anchor : "rel").Append('>').Append(Inlines(link)).Append("</link>");
                    break;
                case SimpleField field: text.Append("{field").Append(field.Instruction).Append('}'); break;
                case BookmarkStart start: text.Append("⟨bm ").Append(start.Name).Append('⟩'); break;
                case BookmarkEnd: text.Append("⟨/bm⟩"); break;
                default: text.Append("{?").Append(child.LocalName).Append('}'); break;
            }
        }
        return text.ToString();
    }

    private static string DescribeRun(Run run)
    {
        var properties = run.RunProperties;
        var marks = new List<string>();
        if (properties?.RunStyle?.Val?.Value is { } style) marks.Add(style);
        if (properties?.Bold is not null) marks.Add("b");
        if (properties?.Italic is not null) marks.Add("i");
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case RunProperties: break;
                case Text t: text.Append(t.Text); break;
                case Break: text.Append('↵'); break;
                case TabChar: text.Append('→'); break;
                case FieldChar fieldChar: text.Append("{fld ").Append(fieldChar.FieldCharType?.Value.ToString()).Append('}'); break;
                case FieldCode code: text.Append("{instr").Append(code.Text).Append('}'); break;
                default: text.Append("{?").Append(child.LocalName).Append('}'); break;
            }
        }
        return marks.Count == 0 ? text.ToString() : $"[{string.Join(',', marks)}]{text}[/]";
    }
}
