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
    internal static string PlainText(ReportDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Markdown.Descendants())
        {
            switch (node)
            {
                case GridBlock grid:
                    text.Append(grid.Table.Title).Append(grid.Table.Code).Append(grid.Table.UnitLine).Append(grid.Table.AmountUnitLine);
                    foreach (var cell in grid.Table.Rows.SelectMany(r => r)) text.Append(cell.Text);
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

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
