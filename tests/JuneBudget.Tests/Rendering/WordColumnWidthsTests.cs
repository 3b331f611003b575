using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Word;

namespace JuneBudget.Tests.Rendering;

/// <summary>
/// The column-width rule (<see cref="WordColumnWidths"/>): numbers and codes never wrap, headers wrap
/// only into balanced lines, long text gets room, labels take the rest; checked on a small grid and
/// on every table of the sample's .docx.
/// </summary>
public sealed class WordColumnWidthsTests
{
    private const int Em = 180;
    private const int Margins = 2 * 85;

    private static GridCell H(string text) => new(text, Align: CellAlign.Center, IsHeader: true);

    private static GridCell T(string text) => new(text);

    private static GridCell N(string text) => new(text, Align: CellAlign.Right);

    private static int[] Fit(GridTable grid, int textWidth) => WordColumnWidths.Fit(grid, GridGeometry.Place(grid), textWidth, Em);

    [Fact]
    public void NumbersAndCodesGetTheirLongestValueLabelsTakeTheRestAndTheWidthsFillTheLine()
    {
        // The builder's proportions would give the amount columns more than the label: content decides.
        var grid = new GridTable("T", "表", null, null, null, 1,
            [
                [H("科目编码"), H("科目名称"), H("本年收入合计"), H("财政拨款收入")],
                [T("2150899"), T("其他支持中小企业发展和管理支出"), N("30,676.91"), N("7,138.31")],
                [T("215"), T("资源勘探工业信息等支出"), N("4,326.87"), N("0.00")],
            ],
            [10, 10, 40, 40], Landscape: false);
        var widths = Fit(grid, 8845);
        Assert.Equal(8845, widths.Sum());
        // 2150899: 7 half-width digits = 3.5 em; 30,676.91: 9 characters = 4.5 em.
        Assert.InRange(widths[0] - Margins, 3.5 * Em, 8845);
        Assert.InRange(widths[2] - Margins, 4.5 * Em, 8845);
        // The label column takes what the numbers leave: wider than any other column.
        Assert.Equal(widths.Max(), widths[1]);
        Assert.True(widths[2] < 8 * Em + Margins, $"amount column {widths[2]} took more than its values need");
    }

    [Fact]
    public void ALongTextColumnGetsRoomBeforeShortOnes()
    {
        var target = "≥95%，完成全年项目评审论证工作，专家评审意见采纳率达到百分之七十以上，满意度达到百分之九十五以上";
        var grid = new GridTable("P", "表", null, null, null, 0,
            [
                [H("三级指标"), H("年度指标值"), H("分值")],
                [T("评审次数"), T(target), N("10.00")],
            ],
            [30, 10, 10], Landscape: false) { IsForm = true };
        var widths = Fit(grid, 8845);
        Assert.True(widths[1] > widths[0], $"the long text column ({widths[1]}) should be wider than the short one ({widths[0]})");
        // Wanted: up to 16 characters a line, so the 50-character text takes about 4 lines, not 30.
        Assert.InRange(widths[1] - Margins, 16 * Em, 8845);
    }

    [Theory]
    [InlineData("本年收入合计", 3.5, "本年收\n入合计")]
    [InlineData("科目编码", 3.4, "科目\n编码")]
    [InlineData("行次", 2, "行次")]
    [InlineData("偏差原因分析及改进措施", 4, "偏差原因\n分析及改\n进措施")]
    [InlineData("本年支出合计", 8, "本年支出合计")]
    public void AHeaderWrapsIntoBalancedLinesAndNeverLeavesACharacterAlone(string header, double ems, string printed)
    {
        var width = (int)(ems * Em) + Margins;
        Assert.Equal(printed, WordColumnWidths.BalanceHeader(header, width, Em));
    }

    [Theory]
    [InlineData("行次", 2)]
    [InlineData("科目编码", 2)]
    [InlineData("本年收入合计", 3)]
    [InlineData("合计数", 3)]
    [InlineData("偏差原因分析及改进措施", 4)]
    public void AHeadersMinimumWidthIsTheNarrowestBalancedOne(string header, double ems) =>
        Assert.Equal(ems, WordColumnWidths.HeaderWidth(header));

    [Fact]
    public void NoHeaderCellOfTheSampleDocumentHasALineHoldingOneCharacter()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(SampleReport.Value.Docx), false);
        var headerStyles = new HashSet<string> { "TableHeader", "FormHeader" };
        var lines = docx.MainDocumentPart!.Document.Body!.Descendants<TableCell>()
            .SelectMany(cell => cell.Elements<Paragraph>())
            .Where(p => headerStyles.Contains(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? ""))
            .SelectMany(p => Lines(p).Select(line => (Line: line, Cell: p.InnerText)))
            .ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Line.Length == 1 && l.Cell.Length > 1);
        // Each line fits its cell (tables and forms are both 小五, 180 twips a character).
        foreach (var cell in docx.MainDocumentPart.Document.Body.Descendants<TableCell>())
        {
            var paragraph = cell.GetFirstChild<Paragraph>()!;
            if (!headerStyles.Contains(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "")) continue;
            var width = int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(Lines(paragraph), line => Assert.True(
                WordColumnWidths.Width(line) * Em <= width - Margins || line.Length <= 2,
                $"header line “{line}” of “{paragraph.InnerText}” does not fit its cell ({width} twips)"));
        }
    }

    [Fact]
    public void EveryAmountOfTheSampleDocumentFitsItsCellOnOneLine()
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(SampleReport.Value.Docx), false);
        var numbers = docx.MainDocumentPart!.Document.Body!.Descendants<TableCell>()
            .Where(c => c.GetFirstChild<Paragraph>()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TableNumber" or "FormNumber")
            .Where(c => c.InnerText.Length > 0)
            .ToList();
        Assert.True(numbers.Count > 100);
        Assert.All(numbers, cell =>
        {
            var width = int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(WordColumnWidths.Width(cell.InnerText) * Em <= width - Margins, $"“{cell.InnerText}” is wider than its cell ({width} twips)");
        });
    }

    private static IEnumerable<string> Lines(Paragraph paragraph)
    {
        var line = new System.Text.StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element is Break) { yield return line.ToString(); line.Clear(); }
            else if (element is Text text) line.Append(text.Text);
        }
        yield return line.ToString();
    }
}
