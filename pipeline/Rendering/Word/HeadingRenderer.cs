using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// A heading in style Heading1–4 (第X部分 / 一、 / （一） / 1.), bookmarked by its id so the 目录
/// links to it.
/// </summary>
internal sealed class HeadingRenderer : WordObjectRenderer<HeadingBlock>
{
    protected override void Write(WordRenderer renderer, HeadingBlock heading)
    {
        var paragraph = renderer.AddParagraph(WordStyleIds.Heading(heading.Level));
        var id = heading.TryGetAttributes()?.Id;
        if (id is null) renderer.WriteInlines(paragraph, heading.Inline);
        else renderer.Bookmark(paragraph, id, () => renderer.WriteInlines(paragraph, heading.Inline));
    }
}
