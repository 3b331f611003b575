using JuneBudget.Markdown;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// <c>\newpage</c>: the next paragraph gets “page break before” (no empty paragraph is left at the
/// top of the new page); a section break or the end of the document absorbs it.
/// </summary>
internal sealed class PageBreakRenderer : WordObjectRenderer<PageBreakBlock>
{
    protected override void Write(WordRenderer renderer, PageBreakBlock obj) => renderer.PageBreakPending = true;
}
