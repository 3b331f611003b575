using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Conventions;

/// <summary>
/// Every Chinese word a user reads in a document or review page is in templates/; C# holds Chinese
/// only where a reason below says why (finding messages, log lines, the workbook format, file names).
/// A new Chinese string anywhere else fails here: move it to a template, or add it here with its reason.
/// </summary>
public sealed class WordsInTemplatesTests
{
    private const string Messages = "finding messages, exception messages that become findings or log lines";

    /// <summary>Folders (under pipeline/) whose Chinese strings are all allowed, and why.</summary>
    private static readonly (string Folder, string Why)[] Folders =
    [
        ("Format/", "the workbook format: sheet names, labels, table titles, class names, reason keys (read and written by init)"),
        ("Workbooks/", "the workbook format as init writes it (labels, filling notes) and the reader's finding messages"),
        ("Validation/", "finding messages and the rule catalogue's descriptions"),
        ("Markdown/Grids/", "the statutory tables' and 自评表's layouts: header labels as published (statutory-tables.md)"),
        ("Orchestration/", "log lines, console messages and GEN findings"),
        ("Cli/", "command-line help"),
        ("Discovery/", "finding messages: why a file in the input folder is not read, and what to do"),
        ("Cleaning/", "the full-width punctuation the clean-up writes, the 自评表 column labels and TEXT finding messages"),
        ("Checking/", "check's finding messages (the sentence, the draft's and the workbook's value, the cells) and the shapes of headings and placeholders it reads"),
    ];

    /// <summary>Single files whose Chinese strings are all allowed, and why.</summary>
    private static readonly (string File, string Why)[] Files =
    [
        ("Facts/SummaryFactsBuilder.cs", "what each 主要原因 explains and where: C-01's finding message"),
        ("Facts/GeneralBudgetFactsBuilder.cs", "what each 主要原因 explains and where: C-01's finding message"),
        ("Facts/FundFactsBuilder.cs", "what each 主要原因 explains and where: C-01's finding message"),
        ("Facts/ThreePublicFactsBuilder.cs", "what each 主要原因 explains and where: C-01's finding message"),
        ("Facts/OtherMattersFactsBuilder.cs", "C-01's finding message; 单位性质 and vehicle categories matched in the workbook"),
        ("Facts/ItemLinesBuilder.cs", "what each 主要原因 explains: C-01's finding message"),
        ("Facts/ProfileFactsBuilder.cs", "the numbering (（1）) stripped from the workbook's texts"),
        ("Facts/Reason.cs", "the placeholder convention 【待补充：…】 (AGENTS.md), parsed by the Markdown stage"),
        ("Facts/ItemNames.cs", "the placeholder convention 【待补充：…】 (AGENTS.md)"),
        ("Markdown/PlaceholderInline.cs", "the placeholder convention 【待补充：…】 (AGENTS.md)"),
        ("Markdown/PlaceholderInlineParser.cs", "the placeholder convention 【待补充：…】 (AGENTS.md)"),
        ("Templating/ReportTemplateRenderer.cs", "the placeholder convention and the templates/公开说明 folder name"),
        ("Templating/PageTemplates.cs", "the names of the files in templates/ and " + Messages),
        ("Templating/TemplateSet.cs", Messages),
        ("Templating/TemplateException.cs", Messages),
        ("Templating/Functions/FormatFunctions.cs", Messages),
        ("Markdown/ReportDocument.cs", Messages),
        ("Markdown/GridGeometry.cs", Messages),
        ("Rendering/Word/GridBlockRenderer.cs", Messages),
        ("Rendering/Word/WordRenderer.cs", Messages),
        ("Rendering/Pdf/LibreOffice.cs", Messages + " (GEN-02)"),
        ("Rendering/Pdf/PdfPageTexts.cs", Messages + " (GEN-02)"),
        ("Rendering/Word/Inlines/LinkInlineRenderer.cs", Messages),
        ("Rendering/Word/ZipTimestamps.cs", Messages),
        ("Rendering/Word/WordFonts.cs", "font names"),
        ("Model/SourceRef.cs", "how a cell is named in messages and on the review pages"),
        ("Publishing/SafeFileNames.cs", "file names"),
        ("Publishing/UnitPublisher.cs", "what happened to each file: logged, and shown as a note on 审核总览"),
        ("Publishing/ConsoleProgressReporter.cs", "console progress lines"),
        ("Publishing/BatchRunner.cs", Messages),
        ("Publishing/UnitFolderNames.cs", Messages),
        ("Publishing/AtomicFileWriter.cs", Messages),
        ("Publishing/OutputLock.cs", "who holds the output folder: a console and log message"),
        ("Publishing/ReviewStatus.cs", "status labels of log lines (a test keeps them equal to the pages')"),
    ];

    /// <summary>Single strings allowed in a file that holds no other Chinese, and why.</summary>
    private static readonly (string File, string Text, string Why)[] Strings =
    [
        ("Publishing/BatchIndexPage.cs", "审核总览.html", "file name"),
        ("Publishing/ReviewChecklistPage.cs", "审核清单.html", "file name"),
        ("Publishing/FindingsPage.cs", "校验结果.html", "file name"),
        ("Publishing/FindingsPage.cs", "校验结果.json", "file name"),
        ("Publishing/ReviewPack.cs", "（审核版）", "the part of the review HTML's file name"),
        ("Facts/ReportFactsBuilder.cs", "本单位", "the 自称 when the cover leaves it blank, as the blank workbook's default (Workbooks/BlankWorkbook.cs)"),
    ];

    [Fact]
    public void ChineseInCodeIsOnlyMessagesLogLinesTheWorkbookFormatAndFileNames()
    {
        var pipeline = Path.Combine(RepoPaths.Root, "pipeline");
        var unexplained = new List<string>();
        foreach (var path in SourceFiles(pipeline))
        {
            var file = Path.GetRelativePath(pipeline, path).Replace('\\', '/');
            if (Folders.Any(f => file.StartsWith(f.Folder, StringComparison.Ordinal)) || Files.Any(f => f.File == file)) continue;
            unexplained.AddRange(CSharpStrings.Literals(File.ReadAllText(path))
                .Where(l => CSharpStrings.HasChinese(l.Text) && !Strings.Any(s => s.File == file && s.Text == l.Text))
                .Select(l => $"pipeline/{file}({l.Line}): \"{l.Text}\""));
        }
        Assert.True(unexplained.Count == 0, "Chinese text outside templates/:\n" + string.Join("\n", unexplained));
    }

    /// <summary>The list above names only files that exist, so that it cannot silently allow a new file of an old name.</summary>
    [Fact]
    public void EveryAllowedFileExists()
    {
        var pipeline = Path.Combine(RepoPaths.Root, "pipeline");
        Assert.All(Files.Select(f => f.File).Concat(Strings.Select(s => s.File)), file => Assert.True(File.Exists(Path.Combine(pipeline, file)), file));
        Assert.All(Folders, f => Assert.True(Directory.Exists(Path.Combine(pipeline, f.Folder)), f.Folder));
    }

    /// <summary>One word for each thing: 待补充 (not 需补充) and 舍入说明 (not 舍入提示), in templates, code and docs.</summary>
    [Theory]
    [InlineData("需补充")]
    [InlineData("舍入提示")]
    public void OneVocabularyEverywhere(string retired)
    {
        var files = SourceFiles(Path.Combine(RepoPaths.Root, "pipeline"))
            .Concat(Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Append(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Empty(files.Where(f => File.ReadAllText(f).Contains(retired, StringComparison.Ordinal)).Select(f => Path.GetRelativePath(RepoPaths.Root, f)));
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Replace('\\', '/').Split('/')[0].Equals("bin", StringComparison.Ordinal)
                && !Path.GetRelativePath(folder, f).Replace('\\', '/').Split('/')[0].Equals("obj", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
