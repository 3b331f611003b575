using Markdig.Syntax.Inlines;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary><c>`code`</c> in the monospaced Code Char style.</summary>
internal sealed class CodeInlineRenderer : WordObjectRenderer<CodeInline>
{
    protected override void Write(WordRenderer renderer, CodeInline code) =>
        renderer.WriteText(code.Content, WordStyleIds.CodeChar);
}
