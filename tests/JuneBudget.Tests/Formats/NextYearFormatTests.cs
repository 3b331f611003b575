using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using JuneBudget.Cli;
using JuneBudget.Format;
using JuneBudget.SampleInput;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Formats;

/// <summary>
/// Next year's format without touching C#: templates/公开说明/2024 copied as 2025 in a temporary
/// templates root, one section title (format.yaml) and one sentence (a template) changed there, a
/// 2025 workbook built with `build --templates`: both changes are in the Word and the HTML draft.
/// </summary>
public sealed class NextYearFormatTests
{
    private const string NewTitle = "财政拨款“三公”经费支出情况说明（2025年格式）";
    private const string NewSentence = "本年度全部收入";

    [Fact]
    public void ACopiedFolderWithOneTitleAndOneSentenceChangedIsNextYearsFormat()
    {
        using var templates = new TemplatesCopy();
        templates.CopyFormat(2024, 2025);
        templates.Edit("公开说明/2025/format.yaml", "title: 财政拨款“三公”经费支出决算情况说明 }", $"title: {NewTitle} }}");
        templates.Edit("公开说明/2025/21-s2-02-income.sbn", "本年收入{{ money i.total }}", NewSentence + "{{ money i.total }}");

        using var batch = new BatchInput();
        var current = Seed004Sample.Workbook2024();
        var format2025 = FormatLibrary.For(templates.Root)[2025];
        var next = current with { FileName = "2025.xlsx", Unit = current.Unit with { Year = 2025, Format = format2025 } };
        batch.With("2025.xlsx", next).With("2024.xlsx", current);

        Assert.NotEqual(ExitCodes.Failure, JuneBudget.Cli.CommandLine.Run(["build", "--input", batch.Input, "--output", batch.Output, "--templates", templates.Root]));

        var folder = Path.Combine(batch.Output, current.Unit.Name, "2025");
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, current.Unit.Name + "2025年度部门决算公开说明.html")));
        var main = html.QuerySelector("main")!.TextContent;
        Assert.Contains("九、" + NewTitle, main, StringComparison.Ordinal);
        Assert.Contains(NewSentence, main, StringComparison.Ordinal);
        Assert.Contains("九、" + NewTitle, html.QuerySelector("nav.toc")!.TextContent, StringComparison.Ordinal);

        using var docx = WordprocessingDocument.Open(Path.Combine(folder, current.Unit.Name + "2025年度部门决算公开说明.docx"), false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("九、" + NewTitle, text, StringComparison.Ordinal);
        Assert.Contains(NewSentence, text, StringComparison.Ordinal);
        // The repository's own 2024 format is untouched by the copy.
        Assert.DoesNotContain(NewSentence, File.ReadAllText(Path.Combine(RepoPaths.Templates, "公开说明", "2024", "21-s2-02-income.sbn")), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutA2025FolderA2025WorkbookUsesThe2024Format()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "2025.xlsx");
        var current = Seed004Sample.Workbook2024();
        WorkbookWriter.Write(current with { Unit = current.Unit with { Year = 2025 } }, path);
        XlsxSurgery.SetText(path, SheetNames.封面, "B6", "");
        Assert.Equal(2024, WorkbookReader.Read(path).Workbook!.Unit.Format.Year);
    }
}
