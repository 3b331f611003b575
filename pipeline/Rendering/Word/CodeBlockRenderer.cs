using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// An indented or fenced code block (a template line indented four spaces becomes one): its
/// lines verbatim in the Code style. A <c>jb-grid</c> fence never gets here (it is a GridBlock).
/// </summary>
internal sealed class CodeBlockRenderer : WordObjectRenderer<CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock code)
    {
        var lines = code.Lines.Lines.Take(code.Lines.Count).Select(line => line.Slice.ToString());
        renderer.WriteText(renderer.AddParagraph(WordStyleIds.Code), string.Join('\n', lines));
    }
}
