using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>A block quote: its paragraphs in the indented 楷体 Quote style.</summary>
internal sealed class QuoteBlockRenderer : WordObjectRenderer<QuoteBlock>
{
    protected override void Write(WordRenderer renderer, QuoteBlock quote)
    {
        renderer.PushParagraphContext(new WordParagraphContext(WordStyleIds.Quote));
        renderer.WriteChildren(quote);
        renderer.PopParagraphContext();
    }
}
