using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>A link as a Word hyperlink. Images are not supported in reports and stop the render.</summary>
internal sealed class LinkInlineRenderer : WordObjectRenderer<LinkInline>
{
    protected override void Write(WordRenderer renderer, LinkInline link)
    {
        if (link.IsImage)
            throw new DocumentRenderException($"Markdown 第 {link.Line + 1} 行：报告不支持图片（{link.Url}）。请从模板中删除该图片。");
        WordHyperlinks.Write(renderer, link.GetDynamicUrl?.Invoke() ?? link.Url, () => renderer.WriteChildren(link));
    }
}
