using JuneBudget.Markdown;
using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>A hard break is a line break; a soft break joins the lines (nothing between Chinese characters).</summary>
internal sealed class LineBreakInlineRenderer : WordObjectRenderer<LineBreakInline>
{
    protected override void Write(WordRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.IsHard) renderer.WriteLineBreak();
        else renderer.WriteText(SoftBreak.Text(lineBreak));
    }
}
