using Markdig.Renderers;
using Markdig.Syntax;

namespace JuneBudget.Rendering.Word;

/// <summary>Base of the Word renderers, one per Markdig node type (as Markdig's HtmlObjectRenderer).</summary>
internal abstract class WordObjectRenderer<TObject> : MarkdownObjectRenderer<WordRenderer, TObject>
    where TObject : MarkdownObject
{
}
