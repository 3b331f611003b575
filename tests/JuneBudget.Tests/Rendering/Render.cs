using DocumentFormat.OpenXml.Packaging;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Html;
using JuneBudget.Rendering.Word;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Rendering;

/// <summary>Runs the writers in memory.</summary>
internal static class Render
{
    public static readonly WordOptions Word = new("乌鲁木齐市测试局", 2024);

    public static readonly HtmlOptions Html = new() { Pages = RepoTemplates.Pages };

    public static byte[] Docx(ReportDocument document, WordOptions? options = null)
    {
        using var stream = new MemoryStream();
        WordReportWriter.Write(document, stream, options ?? Word);
        return stream.ToArray();
    }

    public static WordprocessingDocument OpenDocx(ReportDocument document, WordOptions? options = null) =>
        WordprocessingDocument.Open(new MemoryStream(Docx(document, options)), false);

    public static string HtmlText(ReportDocument document, HtmlOptions? options = null)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(document, writer, options ?? Html);
        return writer.ToString();
    }
}
