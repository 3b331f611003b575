using System.Text;
using AngleSharp.Html.Parser;
using JuneBudget.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace JuneBudget.Tests.Rendering;

/// <summary>Neither writer may lose or duplicate a sentence: the text each prints equals the Markdown's plain text.</summary>
public sealed class TextParityTests
{
    [Fact]
    public void TheWordBodyTextEqualsTheMarkdownPlainText()
    {
        var document = RenderingCorpus.Parse();
        using var docx = Render.OpenDocx(document);
        Assert.Equal(Squeeze(PlainText(document)), Squeeze(DocxInspector.BodyText(docx)));
    }

    [Fact]
    public void TheHtmlBodyTextEqualsTheMarkdownPlainText()
    {
        var document = RenderingCorpus.Parse();
        var page = new HtmlParser().ParseDocument(Render.HtmlText(document));
        Assert.Equal(Squeeze(PlainText(document)), Squeeze(page.QuerySelector("main")!.TextContent));
    }

    /// <summary>The text of every leaf in document order, grids as title, code, unit lines and cells.</summary>
    private static string PlainText(ReportDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Markdown.Descendants())
        {
            switch (node)
            {
                case GridBlock grid:
                    AppendGrid(text, grid.Table);
                    break;
                case CodeBlock code:
                    text.Append(code.Lines.ToString());
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    text.Append(InlineText.Of(leaf.Inline));
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>A grid as its printed text: title, code, unit lines, then the cells row by row.</summary>
    internal static void AppendGrid(StringBuilder text, GridTable grid)
    {
        text.Append(grid.Title).Append(grid.Code).Append(grid.UnitLine).Append(grid.AmountUnitLine);
        foreach (var cell in grid.Rows.SelectMany(r => r)) text.Append(cell.Text);
    }

    /// <summary>The text without whitespace: the writers lay text out differently (line breaks, indents).</summary>
    internal static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
