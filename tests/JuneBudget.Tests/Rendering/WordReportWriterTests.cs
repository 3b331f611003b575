using JuneBudget.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Word;

namespace JuneBudget.Tests.Rendering;

public sealed class WordReportWriterTests
{
    [Fact]
    public void TheCorpusDocumentPassesTheOpenXmlValidatorWithoutErrors()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse(), Render.Word with { Notice = RepoTemplates.Notice });
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void TheDocumentXmlDumpMatchesTheGoldenFile()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse(), Render.Word with { Notice = RepoTemplates.Notice });
        Golden.Assert(Path.Combine(RenderingCorpus.SpecsDirectory, "corpus.docx.txt"), DocxInspector.Dump(docx));
    }

    [Fact]
    public void FontsLanguageAndLineSpacingAreSetOnceInTheDocumentDefaults()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var runDefaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", runDefaults.GetFirstChild<RunFonts>()!.EastAsia!.Value);
        Assert.Equal("32", runDefaults.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.Equal("zh-CN", runDefaults.GetFirstChild<Languages>()!.EastAsia!.Value);
        var spacing = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal(("560", LineSpacingRuleValues.Exact), (spacing.Line!.Value, spacing.LineRule!.Value));
        var normal = Style(styles, "Normal");
        Assert.Equal(200, normal.StyleParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal("方正小标宋简体", Style(styles, "Title").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", Style(styles, "Title").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("黑体", Style(styles, "Heading1").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", Style(styles, "Heading2").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("楷体_GB2312", Style(styles, "Heading3").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        // No run in the body carries its own font: formatting lives in styles.
        Assert.Empty(docx.MainDocumentPart.Document.Body!.Descendants<RunFonts>());
        // The fallback for 方正小标宋简体 is 宋体.
        var font = docx.MainDocumentPart.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "方正小标宋简体");
        Assert.Equal("宋体", font.AltName!.Val!.Value);
    }

    [Fact]
    public void PortraitSectionsHaveTheOfficialMarginsAndLineGridAndTheWideTableALandscapePageWithNarrowMargins()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var sections = docx.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        var orientations = sections.Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value).ToList();
        // Body portrait, T01 landscape, back to portrait for P01 and the rest.
        Assert.Equal([PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait], orientations);
        var margins = sections.Select(s => s.GetFirstChild<PageMargin>()!)
            .Select(m => (m.Top!.Value, m.Bottom!.Value, m.Left!.Value, m.Right!.Value)).ToList();
        // 公文 37/35/28/26 mm; landscape 10/12/20/20 mm so that 公开01表 fits one page.
        Assert.Equal([(2098, 1984, 1587u, 1474u), (567, 680, 1134u, 1134u), (2098, 1984, 1587u, 1474u)], margins);
        Assert.Equal(16838u, sections[1].GetFirstChild<PageSize>()!.Width!.Value);
        // 22 lines a portrait page (GB/T 9704); a landscape table page has no grid.
        Assert.Equal([579, 579], sections.Select(s => s.GetFirstChild<DocGrid>()).OfType<DocGrid>().Select(g => g.LinePitch!.Value));
        Assert.Null(sections[1].GetFirstChild<DocGrid>());
        Assert.Equal(DocGridValues.Lines, sections[0].GetFirstChild<DocGrid>()!.Type!.Value);
        // Table text is off the grid: a row snapped to it would be 29 pt tall.
        var tableText = Style(docx.MainDocumentPart.StyleDefinitionsPart!.Styles!, "TableText");
        Assert.False(tableText.StyleParagraphProperties!.SnapToGrid!.Val!.Value);
    }

    [Fact]
    public void TheContentsIsATocFieldWithPreRenderedEntriesLinkedToHeadingBookmarksAndWordAsksNothingOnOpening()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var body = docx.MainDocumentPart!.Document.Body!;
        var toc = body.Elements<SdtBlock>().Single();
        Assert.Contains("TOC \\o \"1-3\" \\h", toc.Descendants<FieldCode>().Single().Text, StringComparison.Ordinal);
        var anchors = toc.Descendants<Hyperlink>().Select(h => h.Anchor!.Value).ToList();
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        Assert.Equal(6, anchors.Count); // levels 1–3 only; the level-4 heading is not listed
        Assert.All(anchors, anchor => Assert.Contains(anchor, bookmarks));
        // updateFields made Word ask “是否更新” on every opening.
        Assert.Empty(docx.MainDocumentPart.DocumentSettingsPart!.Settings!.Elements<UpdateFieldsOnOpen>());
    }

    [Fact]
    public void TheFooterShowsThePageNumberBetweenDashes()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var footer = docx.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal("— 1 —", footer.InnerText);
    }

    [Fact]
    public void GridsBecomeWordTablesWithRepeatedHeaderRowsMergedCellsAndRightAlignedNumbers()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var tables = docx.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var t01 = tables[1]; // after the pipe table
        var rows = t01.Elements<TableRow>().ToList();
        Assert.Equal([true, true, false, false], rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.Equal([3, 3], rows[0].Elements<TableCell>().Select(c => c.TableCellProperties!.GridSpan!.Val!.Value));
        var amount = rows[2].Elements<TableCell>().ElementAt(2).GetFirstChild<Paragraph>()!;
        Assert.Equal("TableNumber", amount.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var p01 = tables[2];
        var merges = p01.Elements<TableRow>().Select(r => string.Join(",", r.Elements<TableCell>()
            .Select(c => c.TableCellProperties!.VerticalMerge?.Val?.Value == MergedCellValues.Restart ? "R"
                : c.TableCellProperties!.VerticalMerge is not null ? "C" : "-"))).ToList();
        Assert.Equal(["-,-", "R,R,-,-", "C,C,-,-", "-,-"], merges);
    }

    [Fact]
    public void PlaceholdersAreHighlightedAndTheNoticeIsRedOnTheFirstPage()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse(), Render.Word with { Notice = RepoTemplates.Notice });
        var body = docx.MainDocumentPart!.Document.Body!;
        var placeholder = body.Descendants<Run>().Single(r => r.InnerText.StartsWith("【待补充", StringComparison.Ordinal));
        Assert.Equal("Placeholder", placeholder.RunProperties!.RunStyle!.Val!.Value);
        var style = Style(docx.MainDocumentPart.StyleDefinitionsPart!.Styles!, "Placeholder");
        Assert.Equal("FFFF00", style.StyleRunProperties!.GetFirstChild<Shading>()!.Fill!.Value);
        var first = body.Elements<Paragraph>().First();
        Assert.Equal(("Notice", "本稿存在未解决的校验错误，不可公开发布"), (first.ParagraphProperties!.ParagraphStyleId!.Val!.Value, first.InnerText));
        Assert.Equal("FF0000", Style(docx.MainDocumentPart.StyleDefinitionsPart.Styles!, "Notice").StyleRunProperties!.Color!.Val!.Value);
    }

    [Fact]
    public void APublishableDraftHasNoNotice()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        Assert.DoesNotContain("不可公开发布", docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void CorePropertiesAreDatedFromTheBudgetYearAndTheFileIsTheSameOnEveryRun()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        Assert.Equal(new DateTime(2024, 12, 31), docx.PackageProperties.Created!.Value.Date);
        Assert.Equal("乌鲁木齐市测试局", docx.PackageProperties.Creator);
        Assert.Equal(Render.Docx(RenderingCorpus.Parse()), Render.Docx(RenderingCorpus.Parse()));
    }

    [Fact]
    public void AnImageStopsTheRenderWithItsLine()
    {
        var document = ReportDocument.Parse("正文\n\n![图](a.png)\n", new Dictionary<string, JuneBudget.Markdown.GridTable>(), new Dictionary<string, IReadOnlyList<JuneBudget.Model.SourceRef>>());
        var error = Assert.Throws<JuneBudget.Rendering.DocumentRenderException>(() => Render.Docx(document));
        Assert.Contains("第 3 行", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APageBreakMarksTheNextParagraphInsteadOfLeavingAnEmptyOne()
    {
        var document = ReportDocument.Parse("甲。\n\n\\newpage\n\n乙。\n", new Dictionary<string, JuneBudget.Markdown.GridTable>(), new Dictionary<string, IReadOnlyList<JuneBudget.Model.SourceRef>>());
        using var docx = Render.OpenDocx(document);
        var paragraphs = docx.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList(); // no front matter: the body only
        Assert.Equal(["甲。", "乙。"], paragraphs.Select(p => p.InnerText));
        Assert.Null(paragraphs[0].ParagraphProperties!.PageBreakBefore);
        Assert.NotNull(paragraphs[1].ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void TheTitleAndTheContentsHeadingAreTheTemplatesAndPrintedOnce()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var paragraphs = docx.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
        var title = Assert.Single(paragraphs, p => p.InnerText == "乌鲁木齐市测试局2024年度部门决算公开说明");
        Assert.Equal("Title", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var contents = Assert.Single(paragraphs, p => p.InnerText == "目录");
        Assert.Equal("TOCHeading", contents.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("乌鲁木齐市测试局2024年度部门决算公开说明", docx.PackageProperties.Title);
        // Each 目录 entry once in the 目录 and once as its heading: the template's list is not printed as a list.
        Assert.Equal(2, paragraphs.Count(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)) == "第一部分 单位概况"));
    }

    [Fact]
    public void AMarkdownWithoutFrontMatterStartsWithItsBodyAndHasNoTitleOrContents()
    {
        var document = ReportDocument.Parse("# 第一部分 单位概况 {#p1}\n\n正文。\n", new Dictionary<string, JuneBudget.Markdown.GridTable>(), new Dictionary<string, IReadOnlyList<JuneBudget.Model.SourceRef>>());
        using var docx = Render.OpenDocx(document);
        var body = docx.MainDocumentPart!.Document.Body!;
        Assert.Empty(body.Elements<SdtBlock>());
        Assert.Equal(["Heading1", "Normal"], body.Elements<Paragraph>().Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.Null(docx.PackageProperties.Title);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx));
    }

    [Fact]
    public void TablesAndFormsAreSetInSmallFiveInElevenPointLines()
    {
        using var docx = Render.OpenDocx(RenderingCorpus.Parse());
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        Assert.Equal("18", Style(styles, "FormText").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("18", Style(styles, "TableText").StyleRunProperties!.FontSize!.Val!.Value);
        Assert.Equal("220", Style(styles, "TableText").StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value);
        var tables = docx.MainDocumentPart.Document.Body!.Elements<Table>().ToList();
        var styleIds = (Table t) => t.Descendants<ParagraphStyleId>().Select(p => p.Val!.Value).ToHashSet();
        Assert.Equal(["FormHeader", "FormNumber", "FormText"], styleIds(tables[2]).Order());
        Assert.DoesNotContain("FormText", styleIds(tables[1]));
    }

    [Fact]
    public void AFormRepeatsItsTitleRowsOnEachPageAndAFormThatFitsAPageIsKeptTogether()
    {
        using var docx = Render.OpenDocx(ReportDocument.Parse("前文。\n\n```jb-grid P01\n```\n", RenderingCorpus.Grids, RenderingCorpus.Sources));
        var rows = docx.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();
        // The 项目名称 row is a header row: Word and LibreOffice print it again on a continued page.
        Assert.Equal([true, false, false, false], rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null));
        Assert.Equal("项目名称", rows[0].Elements<TableCell>().First().InnerText);
        // Four short rows fit a page: each keeps with the next, so the form moves to a new page whole.
        Assert.Equal([true, true, true, false], rows.Select(r => r.Descendants<KeepNext>().Any()));
    }

    [Fact]
    public void AFormTallerThanAPageFlowsWithOnlyItsTitleRowsKeptWithTheFirstRow()
    {
        var form = SelfEvaluationForm(indicators: 80);
        var grids = new Dictionary<string, GridTable> { ["P01"] = form };
        using var docx = Render.OpenDocx(ReportDocument.Parse("```jb-grid P01\n```\n", grids, RenderingCorpus.Sources));
        var rows = docx.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();
        var headers = rows.Select(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null).ToList();
        Assert.Equal([true, true], headers.Take(2));
        Assert.All(headers.Skip(2), Assert.False);
        // Kept-together rows taller than a page made LibreOffice leave the title alone on a page.
        Assert.Equal([true, true], rows.Take(2).Select(r => r.Descendants<KeepNext>().Any()));
        Assert.All(rows.Skip(2), r => Assert.DoesNotContain(r.Descendants<KeepNext>(), _ => true));
    }

    [Fact]
    public void EverySelfEvaluationFormOfTheSampleRepeatsItsProjectNameAndDepartmentRows()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(SampleReport.Value.Docx), false);
        var forms = docx.MainDocumentPart!.Document.Body!.Elements<Table>()
            .Where(t => t.Descendants<ParagraphStyleId>().Any(s => s.Val!.Value == "FormText")).ToList();
        Assert.Equal(SampleReport.Value.Workbook.Projects.Count, forms.Count);
        Assert.All(forms, form =>
        {
            var rows = form.Elements<TableRow>().ToList();
            var repeated = rows.TakeWhile(r => r.TableRowProperties!.GetFirstChild<TableHeader>() is not null).ToList();
            Assert.Equal(2, repeated.Count);
            Assert.StartsWith("项目", repeated[0].Elements<TableCell>().First().InnerText, StringComparison.Ordinal);
            Assert.StartsWith("主管", repeated[1].Elements<TableCell>().First().InnerText, StringComparison.Ordinal);
            Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        });
    }

    /// <summary>A 自评表-shaped form: two title rows, then one row per indicator.</summary>
    private static GridTable SelfEvaluationForm(int indicators)
    {
        var rows = new List<IReadOnlyList<GridCell>>
        {
            new GridCell[] { new("项目名称", IsHeader: true, Align: CellAlign.Center), new("测试项目", 3) },
            new GridCell[] { new("主管部门", IsHeader: true, Align: CellAlign.Center), new("测试局", 3) },
        };
        for (var i = 0; i < indicators; i++)
            rows.Add([new("指标"), new("完成情况良好，达到预期目标。"), new("10.00", Align: CellAlign.Right), new("10.00", Align: CellAlign.Right)]);
        return new GridTable("P01", "项目支出绩效自评表", null, null, null, 2, rows, [20, 40, 20, 20], Landscape: false) { IsForm = true };
    }

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);
}
