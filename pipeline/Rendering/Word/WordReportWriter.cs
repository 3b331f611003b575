using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a .docx following the conventions of Chinese official
/// documents: A4 with 公文 margins, 方正小标宋简体 title, 黑体/楷体 headings, 仿宋_GB2312 三号 body
/// with two-character indent and 28 pt lines, a 目录 field, “— 1 —” page numbers, statutory
/// tables as real Word tables (wide ones landscape).
/// </summary>
internal static class WordReportWriter
{
    /// <summary>Writes the whole package to <paramref name="output"/> (which need not be seekable).</summary>
    public static void Write(ReportDocument document, Stream output, WordOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            package.ChangeIdOfPart(main, "rIdMain");
            WordStyles.AddTo(main);
            WordFonts.AddTo(main);
            WordSettings.AddTo(main);
            using var body = new WordBodyWriter(main);
            var renderer = new WordRenderer(main, body, WordFooter.AddTo(main));
            ReportMarkdown.Pipeline.Setup(renderer);
            WriteFrontMatter(renderer, document, options);
            renderer.Render(document.Markdown);
            renderer.Finish();
            WordCoreProperties.AddTo(package, options, document.Title);
        }
        // Same document, same bytes: relationship ids are fixed (rId…) and zip entry times too.
        ZipTimestamps.Normalize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), new DateTime(options.Year, 12, 31));
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>
    /// Notice (when not publishable), then the template's front matter: its title and its 目录 (the
    /// template's heading text over a TOC field built from the headings). After a 目录 the body
    /// starts on a new page. A document without front matter starts with its body.
    /// </summary>
    private static void WriteFrontMatter(WordRenderer renderer, ReportDocument document, WordOptions options)
    {
        if (options.Notice is { } notice)
            renderer.WriteText(renderer.AddParagraph(WordStyleIds.Notice), notice);
        if (document.Title is { } title) renderer.WriteText(renderer.AddParagraph(WordStyleIds.Title), title);
        var entries = document.ContentsEntries.ToList();
        if (document.Contents is { } contents && entries.Count > 0)
        {
            renderer.Body.Append(WordTableOfContents.Build(contents.Title, entries, options.ContentsPages));
            renderer.PageBreakPending = true;
        }
    }
}
